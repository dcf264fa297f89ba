package dev.opsuite.fleet.vehicles.application.port.in;

import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves a vehicle's availability: by hand, or as service work and repairs start and end. A real change publishes
 * vehicle-status-changed and reassesses the vehicle's transport units, in the caller's transaction; a move that
 * does not apply (the same status again, a repair ending on a vehicle no longer in repair) changes nothing.
 */
public interface ChangeVehicleStatusUseCase {

    /** @param expectedVersion the version an If-Match named, or null to skip the check */
    record ChangeVehicleStatusCommand(Actor actor, UUID vehicleId, Long expectedVersion, VehicleStatus status,
            String reason) {
    }

    /**
     * Work on a vehicle starts or ends, for {@code reason} (its history: "Service request SR-2026-000004 started").
     *
     * @param odometerKm a reading taken when the work ended, or null
     */
    record VehicleWorkCommand(Actor actor, UUID vehicleId, String reason, Long odometerKm) {

        public VehicleWorkCommand(Actor actor, UUID vehicleId, String reason) {
            this(actor, vehicleId, reason, null);
        }
    }

    /** Answers the vehicle at its (possibly new) version. */
    Uni<Vehicle> changeStatus(ChangeVehicleStatusCommand command);

    /** Only an ACTIVE vehicle goes IN_SERVICE (409 {@code vehicle-not-available} otherwise). Empty: no such vehicle. */
    Uni<Optional<Vehicle>> enterService(VehicleWorkCommand command);

    /** An IN_SERVICE vehicle is ACTIVE again, with the reading when one was taken. Empty: no such vehicle. */
    Uni<Optional<Vehicle>> leaveService(VehicleWorkCommand command);

    /** The vehicle goes IN_REPAIR unless it is already in repair or out of service. Empty: no such vehicle. */
    Uni<Optional<Vehicle>> enterRepair(VehicleWorkCommand command);

    /** A vehicle still IN_REPAIR is ACTIVE again. Empty: no such vehicle. */
    Uni<Optional<Vehicle>> leaveRepair(VehicleWorkCommand command);
}
