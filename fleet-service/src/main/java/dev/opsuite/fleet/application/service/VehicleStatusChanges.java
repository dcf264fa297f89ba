package dev.opsuite.fleet.application.service;

import dev.opsuite.fleet.domain.ReadinessCause;
import dev.opsuite.fleet.domain.SubjectRef;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.fleet.domain.VehicleStatusChange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A vehicle going in or out of service or repair (through a service request or an accident) is published, and the
 * transport units it is in are reassessed in the same transaction: a unit is ready only while its vehicle is in
 * neither. Last in the caller's chain: the reassessment may clear the session once the units are written.
 */
@ApplicationScoped
class VehicleStatusChanges {

    private final FleetEvents events;
    private final UnitReadiness readiness;

    VehicleStatusChanges(FleetEvents events, UnitReadiness readiness) {
        this.events = events;
        this.readiness = readiness;
    }

    Uni<?> published(Vehicle vehicle, Optional<VehicleStatusChange> change) {
        if (change.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return events.vehicleStatusChanged(vehicle, change.get())
                .chain(() -> readiness.reassessUnitsOf(vehicle.tenantId(), SubjectRef.vehicle(vehicle.id()),
                        ReadinessCause.VEHICLE_STATUS_CHANGED));
    }
}
