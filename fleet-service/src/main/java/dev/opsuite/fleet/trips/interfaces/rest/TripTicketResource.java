package dev.opsuite.fleet.trips.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.trips.application.port.in.CloseTripTicketUseCase;
import dev.opsuite.fleet.trips.application.port.in.CloseTripTicketUseCase.CancelTripTicketCommand;
import dev.opsuite.fleet.trips.application.port.in.CloseTripTicketUseCase.CloseTripTicketCommand;
import dev.opsuite.fleet.trips.application.port.in.FindTripTicketsQuery;
import dev.opsuite.fleet.trips.application.port.in.FindTripTicketsQuery.TripTicketFilter;
import dev.opsuite.fleet.trips.application.port.in.IssueTripTicketUseCase;
import dev.opsuite.fleet.trips.application.port.in.IssueTripTicketUseCase.IssueTripTicketCommand;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.fleet.trips.domain.TripTicketStatus;
import dev.opsuite.fleet.trips.interfaces.rest.TripTicketDtos.CancelTripTicketRequest;
import dev.opsuite.fleet.trips.interfaces.rest.TripTicketDtos.CloseTripTicketRequest;
import dev.opsuite.fleet.trips.interfaces.rest.TripTicketDtos.IssueTripTicketRequest;
import dev.opsuite.fleet.trips.interfaces.rest.TripTicketDtos.TripTicketResponse;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trip tickets: the record of who drove which vehicle (and trailer) when, for which order (docs/trips-and-fines.md). */
@Path("/trip-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trip tickets")
public class TripTicketResource {

    private static final Map<String, String> SORTABLE = Map.of("plannedFrom", "plannedFrom", "createdAt", "createdAt",
            "number", "number", "status", "status");

    private final IssueTripTicketUseCase issue;
    private final CloseTripTicketUseCase close;
    private final FindTripTicketsQuery find;
    private final Caller caller;

    public TripTicketResource(IssueTripTicketUseCase issue, CloseTripTicketUseCase close, FindTripTicketsQuery find,
            Caller caller) {
        this.issue = issue;
        this.close = close;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @Operation(summary = "Issue a trip ticket (TT-YYYY-NNNNNN) to an ACTIVE driver for an ACTIVE vehicle, a planned window "
            + "and a route; the odometer out is the vehicle's. 409 naming vehicleId, driverId or trailerId when one is on "
            + "another ticket in the window")
    public Uni<Response> issue(@Valid @NotNull IssueTripTicketRequest request, UriInfo uri) {
        return issue.issue(new IssueTripTicketCommand(caller.actor(), request.toDomain()))
                .map(t -> Response.created(uri.getAbsolutePathBuilder().path(t.id().toString()).build())
                        .tag(ETags.of(t.version())).entity(TripTicketResponse.of(t)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "List trip tickets (paginated), by vehicle, driver, status (comma-separated), order reference, and "
            + "window overlapping [from, to)")
    @SuppressWarnings("java:S107")
    public Uni<Page<TripTicketResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("vehicleId") String vehicleId,
            @QueryParam("driverId") String driverId, @QueryParam("status") List<String> status,
            @QueryParam("orderReference") @Size(max = 100) String orderReference, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant fromInstant = QueryParams.instant("from", from);
        Instant toInstant = QueryParams.instant("to", to);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw Rejection.invalid("invalid-date-range", "to", "to must be after from.").toException();
        }
        TripTicketFilter filter = new TripTicketFilter(QueryParams.uuid("vehicleId", vehicleId),
                QueryParams.uuid("driverId", driverId), QueryParams.enums("status", status, TripTicketStatus.class),
                orderReference == null || orderReference.isBlank() ? null : orderReference.strip(), fromInstant, toInstant);
        return find.tripTickets(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "plannedFrom"))
                .map(page -> page.map(TripTicketResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Get a trip ticket; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.tripTicket(caller.tenantId(), id).map(TripTicketResource::ok);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @Operation(summary = "The vehicle is back: odometer in (at least the odometer out; recorded as the vehicle's odometer "
            + "reading), the actual return (and departure, by default the planned start); the distance is computed")
    public Uni<Response> close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CloseTripTicketRequest request) {
        return close.close(new CloseTripTicketCommand(caller.actor(), id, ETags.parse(ifMatch), request.odometerIn(),
                        request.departedAt() == null ? null : request.departedAt().toInstant(),
                        request.returnedAt().toInstant()))
                .map(TripTicketResource::ok);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @Operation(summary = "Cancel an issued trip ticket, with a reason; its window is free again")
    public Uni<Response> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CancelTripTicketRequest request) {
        return close.cancel(new CancelTripTicketCommand(caller.actor(), id, ETags.parse(ifMatch), request.reason()))
                .map(TripTicketResource::ok);
    }

    private static Response ok(TripTicket t) {
        return Response.ok(TripTicketResponse.of(t)).tag(ETags.of(t.version())).build();
    }
}
