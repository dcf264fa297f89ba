package dev.opsuite.console.customers;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/** field-service's intake (customers, their places, service calls and their jobs) as the CSR's screens use it. */
@RegisterRestClient(configKey = "field")
@RegisterClientHeaders(BearerHeaders.class)
public interface FieldIntakeApi {

    @GET
    @Path("/customers")
    Page<Customers.Customer> customers(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order, @QueryParam("search") String search);

    @POST
    @Path("/customers")
    Customers.Customer register(CustomerForm.Request customer);

    @GET
    @Path("/customers/{id}")
    Customers.Customer customer(@PathParam("id") UUID id);

    @GET
    @Path("/customers/{id}/locations")
    List<Customers.Place> locations(@PathParam("id") UUID customerId);

    @POST
    @Path("/customers/{id}/locations")
    Customers.Place addLocation(@PathParam("id") UUID customerId, PlaceForm.Request place);

    @GET
    @Path("/customers/{id}/history")
    Customers.History history(@PathParam("id") UUID customerId);

    @POST
    @Path("/service-calls")
    Customers.ServiceCall open(ServiceCallForm.Request call);

    @GET
    @Path("/service-calls/{id}")
    Customers.ServiceCall serviceCall(@PathParam("id") UUID id);

    @GET
    @Path("/service-calls/{id}/jobs")
    List<Customers.Job> jobs(@PathParam("id") UUID serviceCallId);

    @POST
    @Path("/service-calls/{id}/jobs")
    Customers.Job addJob(@PathParam("id") UUID serviceCallId, JobForm.Request job);
}
