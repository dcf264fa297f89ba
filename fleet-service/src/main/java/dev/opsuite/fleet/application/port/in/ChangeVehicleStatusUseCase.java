package dev.opsuite.fleet.application.port.in;

import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.fleet.domain.VehicleStatus;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Sets a vehicle's availability. A real change publishes vehicle-status-changed and reassesses the
 * vehicle's transport unit, in one transaction; the same status again changes nothing.
 */
public interface ChangeVehicleStatusUseCase {

    /** @param expectedVersion the version an If-Match named, or null to skip the check */
    record ChangeVehicleStatusCommand(Actor actor, UUID vehicleId, Long expectedVersion, VehicleStatus status,
            String reason) {
    }

    /** Answers the vehicle at its (possibly new) version. */
    Uni<Vehicle> changeStatus(ChangeVehicleStatusCommand command);
}
