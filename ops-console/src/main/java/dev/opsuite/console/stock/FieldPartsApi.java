package dev.opsuite.console.stock;

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

/**
 * field-service's parts on the truck, as the parts manager's screen uses it: the trucks (the technicians who drive
 * them), each truck's stock as inventory last reported it, the part reservations and the blocked jobs.
 */
@RegisterRestClient(configKey = "field")
@RegisterClientHeaders(BearerHeaders.class)
public interface FieldPartsApi {

    @GET
    @Path("/technicians")
    List<Stock.Technician> technicians();

    @GET
    @Path("/trucks/{locationId}/stock")
    Stock.Items<Stock.Level> truckStock(@PathParam("locationId") UUID truckLocationId);

    @GET
    @Path("/part-reservations")
    Page<Stock.Reservation> reservations(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order, @QueryParam("status") String status);

    @GET
    @Path("/jobs/{jobId}/part-reservations")
    Stock.Items<Stock.Reservation> reservationsOfJob(@PathParam("jobId") UUID jobId);

    @POST
    @Path("/jobs/{jobId}/part-reservations")
    Stock.Reservation reserve(@PathParam("jobId") UUID jobId, ReserveForm.Request reservation);

    @POST
    @Path("/part-reservations/{id}/cancel")
    Stock.Reservation cancel(@PathParam("id") UUID reservationId, Stock.Cancel cancel);

    @GET
    @Path("/jobs/blocked")
    List<Stock.BlockedJob> blockedJobs();
}
