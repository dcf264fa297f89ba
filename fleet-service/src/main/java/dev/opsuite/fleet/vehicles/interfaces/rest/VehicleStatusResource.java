package dev.opsuite.fleet.vehicles.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase.ChangeVehicleStatusCommand;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.vehicles.interfaces.rest.VehicleDtos.VehicleResponse;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import dev.opsuite.support.rest.OnlyKnownFields;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's availability: its own resource beside the register's, so that each stays small. */
@Path("/vehicles/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicles")
public class VehicleStatusResource {

    record ChangeVehicleStatusRequest(@NotNull VehicleStatus status, @Size(max = 500) String reason) {
    }

    private final ChangeVehicleStatusUseCase statuses;
    private final Caller caller;

    public VehicleStatusResource(ChangeVehicleStatusUseCase statuses, Caller caller) {
        this.statuses = statuses;
        this.caller = caller;
    }

    @PATCH
    @RolesAllowed(Roles.FLEET_MANAGER)
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Set a vehicle's status (ACTIVE, IN_SERVICE, IN_REPAIR, OUT_OF_SERVICE) with an optional reason; "
            + "a change publishes vehicle-status-changed and reassesses the vehicle's transport unit. If-Match optional")
    public Uni<Response> changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangeVehicleStatusRequest request) {
        return statuses.changeStatus(new ChangeVehicleStatusCommand(caller.actor(), id, ETags.parse(ifMatch),
                        request.status(), request.reason() == null || request.reason().isBlank() ? null : request.reason().strip()))
                .map(vehicle -> Response.ok(VehicleResponse.of(vehicle)).tag(ETags.of(vehicle.version())).build());
    }
}
