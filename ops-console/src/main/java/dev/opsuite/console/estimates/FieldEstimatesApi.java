package dev.opsuite.console.estimates;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/** field-service's estimates and price book (docs/estimates.md), as much as the console's screens use. */
@RegisterRestClient(configKey = "field")
@RegisterClientHeaders(BearerHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FieldEstimatesApi {

    /** Lines of an estimate as the service takes them: LABOR {hours, rateClass} or PART {sku, quantity}. */
    record LineBody(String kind, java.math.BigDecimal hours, String rateClass, String sku, java.math.BigDecimal quantity) {
    }

    record LinesBody(java.util.List<LineBody> lines) {
    }

    record DecisionBody(String decision, String comment) {
    }

    @GET
    @Path("/estimates")
    Page<Estimate> list(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order,
            @QueryParam("status") String status, @QueryParam("jobId") String jobId,
            @QueryParam("customerId") String customerId);

    @GET
    @Path("/estimates/{id}")
    Estimate get(@PathParam("id") UUID id);

    @POST
    @Path("/jobs/{jobId}/estimates")
    Estimate create(@PathParam("jobId") UUID jobId, LinesBody body);

    @PUT
    @Path("/estimates/{id}")
    Estimate revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, LinesBody body);

    @POST
    @Path("/estimates/{id}/submit")
    Estimate submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/estimates/{id}/decision")
    Estimate decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, DecisionBody body);

    @GET
    @Path("/estimates/{id}/pdf")
    @Produces("application/pdf")
    byte[] pdf(@PathParam("id") UUID id);

    @GET
    @Path("/price-book")
    Page<PriceBookItem> priceBook(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order);
}
