package dev.opsuite.fleet.vehicles.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.fleet.vehicles.domain.VehicleStatusChanged;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How the vehicle register's events go out: vehicle-status-changed on fleet.vehicle, keyed by the vehicle. */
@ApplicationScoped
class VehicleEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof VehicleStatusChanged;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        VehicleStatusChanged e = (VehicleStatusChanged) event;
        return EventContracts.one(EventCatalog.VEHICLE_STATUS_CHANGED, e.vehicleId(), e.tenantId(),
                new dev.opsuite.events.VehicleStatusChanged(e.vehicleId(), e.registrationNumber(), e.kind().name(),
                        e.previousStatus().name(), e.status().name(), e.reason(), e.changedBy(), e.changedAt()));
    }
}
