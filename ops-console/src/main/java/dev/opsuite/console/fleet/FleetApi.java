package dev.opsuite.console.fleet;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/**
 * fleet-service's REST API, as much of it as the fleet screens use. Documents live under their holder:
 * {@code holders} is {@code vehicles}, {@code trailers} or {@code drivers} ({@link Holder#path}).
 * Bodies of changes are maps holding only what the form gives (a PATCH reads an absent field as "unchanged").
 */
@RegisterRestClient(configKey = "fleet")
@RegisterClientHeaders(BearerHeaders.class)
public interface FleetApi {

    @GET
    @Path("/transport-units")
    Page<FleetViews.Unit> units(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order, @QueryParam("status") String status,
            @QueryParam("ready") String ready);

    @GET
    @Path("/fleet-dashboard")
    FleetViews.Dashboard dashboard();

    /** A vehicle, trailer or driver (whose fields a Member has). */
    @GET
    @Path("/{holders}/{holderId}")
    FleetViews.Member holder(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId);

    @GET
    @Path("/{holders}/{holderId}/documents")
    FleetViews.Documents documents(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId);

    @GET
    @Path("/{holders}/{holderId}/documents/{documentId}")
    FleetViews.Document document(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId,
            @PathParam("documentId") UUID documentId);

    @PATCH
    @Path("/{holders}/{holderId}/documents/{documentId}")
    FleetViews.Document updateDocument(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId,
            @PathParam("documentId") UUID documentId, @HeaderParam("If-Match") String ifMatch, Map<String, Object> changes);

    @POST
    @Path("/{holders}/{holderId}/documents")
    FleetViews.Document addDocument(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId,
            Map<String, Object> document);

    @GET
    @Path("/documents/expiring")
    Page<FleetViews.Expiring> expiring(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order,
            @QueryParam("withinDays") String withinDays, @QueryParam("subjectType") String subjectType,
            @QueryParam("type") String type, @QueryParam("includeExpired") String includeExpired);

    @GET
    @Path("/vehicles")
    Page<FleetViews.Vehicle> vehicles(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order, @QueryParam("kind") String kind);

    @GET
    @Path("/drivers")
    Page<FleetViews.Driver> drivers(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order);

    @GET
    @Path("/fines")
    Page<FleetViews.Fine> fines(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order,
            @QueryParam("vehicleId") String vehicleId, @QueryParam("driverId") String driverId,
            @QueryParam("orderReference") String orderReference, @QueryParam("status") String status);

    @POST
    @Path("/fines")
    FleetViews.Fine recordFine(Map<String, Object> fine);

    @GET
    @Path("/accidents")
    Page<FleetViews.Accident> accidents(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order,
            @QueryParam("vehicleId") String vehicleId, @QueryParam("driverId") String driverId,
            @QueryParam("orderReference") String orderReference, @QueryParam("status") String status);

    @GET
    @Path("/accidents/{id}")
    FleetViews.Accident accident(@PathParam("id") UUID id);

    @POST
    @Path("/accidents")
    FleetViews.Accident reportAccident(Map<String, Object> accident);

    @GET
    @Path("/vehicles/{vehicleId}/costs")
    FleetViews.VehicleCosts vehicleCosts(@PathParam("vehicleId") UUID vehicleId, @QueryParam("year") String year);

    @GET
    @Path("/vehicle-expenses")
    Page<FleetViews.Expense> expenses(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order,
            @QueryParam("vehicleId") String vehicleId, @QueryParam("category") String category,
            @QueryParam("currency") String currency, @QueryParam("incurredFrom") String incurredFrom,
            @QueryParam("incurredTo") String incurredTo);
}
