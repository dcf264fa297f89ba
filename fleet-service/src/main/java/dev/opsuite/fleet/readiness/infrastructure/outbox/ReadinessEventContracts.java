package dev.opsuite.fleet.readiness.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.fleet.readiness.domain.NotReadyReason;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.readiness.domain.TransportUnitReadinessChanged;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How transport units go out: transport-unit-readiness-changed on fleet.transport-unit, keyed by the unit. */
@ApplicationScoped
class ReadinessEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof TransportUnitReadinessChanged;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        TransportUnitReadinessChanged changed = (TransportUnitReadinessChanged) event;
        TransportUnit.Members members = changed.members();
        return EventContracts.one(EventCatalog.TRANSPORT_UNIT_READINESS_CHANGED, changed.unitId(), changed.tenantId(),
                new dev.opsuite.events.TransportUnitReadinessChanged(changed.unitId(), changed.status().name(),
                        members.driverId(), members.vehicleId(), members.trailerId(), changed.readiness().readyForOrder(),
                        changed.readiness().reasons().stream().map(NotReadyReason::name).toList(), changed.cause().name(),
                        changed.version(), changed.at()));
    }
}
