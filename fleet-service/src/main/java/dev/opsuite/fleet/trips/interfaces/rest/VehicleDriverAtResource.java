package dev.opsuite.fleet.trips.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.trips.application.port.in.FindDriverAtQuery;
import dev.opsuite.fleet.trips.interfaces.rest.TripTicketDtos.DriverAtResponse;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 004, fines: "Admin checks: Who was driving?" — answered from the driving record. */
@Path("/vehicles/{vehicleId}/driver-at")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trip tickets")
public class VehicleDriverAtResource {

    private final FindDriverAtQuery find;
    private final Caller caller;

    public VehicleDriverAtResource(FindDriverAtQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.HR_ADMIN })
    @Operation(summary = "Who drove the vehicle at an instant (at=2025-10-15T14:30:00+02:00): driver, trailer, the trip "
            + "ticket (or dispatch) it is recorded by, the order and the period; 404 no-driver-found when nobody did")
    public Uni<DriverAtResponse> driverAt(@PathParam("vehicleId") UUID vehicleId, @QueryParam("at") String at) {
        return find.driverAt(caller.tenantId(), vehicleId, QueryParams.requiredInstant("at", at))
                .map(DriverAtResponse::of);
    }
}
