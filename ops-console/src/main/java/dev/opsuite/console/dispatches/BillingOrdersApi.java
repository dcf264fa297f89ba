package dev.opsuite.console.dispatches;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.dispatches.DispatchViews.SalesOrder;
import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/** billing-service's sales orders: the orders a "create new" invoice is asked for, and their lines still to invoice. */
@RegisterRestClient(configKey = "billing")
@RegisterClientHeaders(BearerHeaders.class)
@Path("/sales-orders")
public interface BillingOrdersApi {

    @GET
    Page<SalesOrder> orders(@QueryParam("status") String status, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order);

    @GET
    @Path("/{id}")
    SalesOrder order(@PathParam("id") UUID id);
}
