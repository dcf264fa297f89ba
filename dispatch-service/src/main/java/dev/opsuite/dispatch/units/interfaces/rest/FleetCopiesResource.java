package dev.opsuite.dispatch.units.interfaces.rest;

import dev.opsuite.dispatch.kernel.rest.Roles;
import dev.opsuite.dispatch.units.application.port.in.FindUnitsQuery;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Fleet's transport units and trip tickets as dispatch knows them (from fleet's events), for a dispatcher to pick. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units and trip tickets (projection)")
public class FleetCopiesResource {

    private static final Map<String, String> UNIT_SORT = Map.of("changedAt", "changedAt", "readyForOrder", "readyForOrder");
    private static final Map<String, String> TICKET_SORT = Map.of("plannedFrom", "plannedFrom", "number", "number");

    private final FindUnitsQuery find;
    private final Caller caller;

    public FleetCopiesResource(FindUnitsQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    record UnitResponse(UUID id, String status, UUID driverId, UUID vehicleId, UUID trailerId, boolean readyForOrder,
            List<String> reasons, long unitVersion, Instant changedAt) {

        static UnitResponse of(TransportUnit u) {
            return new UnitResponse(u.id(), u.status(), u.driverId(), u.vehicleId(), u.trailerId(), u.readyForOrder(),
                    u.reasons(), u.unitVersion(), u.changedAt());
        }
    }

    record TripTicketResponse(UUID id, String number, UUID vehicleId, String registrationNumber, UUID driverId,
            String driverNumber, UUID trailerId, UUID unit, Instant plannedFrom, Instant plannedTo, String orderReference,
            String status) {

        static TripTicketResponse of(TripTicket t) {
            TripTicket.Crew c = t.crew();
            return new TripTicketResponse(t.id(), t.number(), c.vehicleId(), c.registrationNumber(), c.driverId(),
                    c.driverNumber(), c.trailerId(), c.transportUnitId(), t.plannedFrom(), t.plannedTo(), t.orderReference(),
                    t.status().name());
        }
    }

    @GET
    @Path("transport-units")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.FLEET_MANAGER })
    @Operation(summary = "Transport units as fleet last announced them (paginated; orderBy changedAt, readyForOrder); "
            + "filter readyForOrder=true|false")
    public Uni<Page<UnitResponse>> units(@Valid @BeanParam PageParams paging, @QueryParam("readyForOrder") String ready) {
        return find.units(caller.tenantId(), QueryParams.flag("readyForOrder", ready), PageRequest.of(paging, UNIT_SORT, "changedAt"))
                .map(page -> page.map(UnitResponse::of));
    }

    @GET
    @Path("trip-tickets")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.FLEET_MANAGER })
    @Operation(summary = "Trip tickets as fleet last announced them (paginated; orderBy plannedFrom, number); filters "
            + "status (OPEN, CLOSED, CANCELLED; several, comma-separated) and unit")
    public Uni<Page<TripTicketResponse>> tripTickets(@Valid @BeanParam PageParams paging,
            @QueryParam("status") List<String> status, @QueryParam("unit") String unit) {
        return find.tripTickets(caller.tenantId(), QueryParams.enums("status", status, TripTicketStatus.class),
                        QueryParams.uuid("unit", unit), PageRequest.of(paging, TICKET_SORT, "plannedFrom"))
                .map(page -> page.map(TripTicketResponse::of));
    }

}
