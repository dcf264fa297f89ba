package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;

/**
 * A transport unit was formed, changed or disbanded, or its readiness moved with its members: dispatchers know
 * which units they can give an order, and why not. Carries the unit as written (at its new version).
 */
public record TransportUnitReadinessChanged(TransportUnit unit, ReadinessCause cause, Instant at) implements DomainEvent {

    @Override
    public String tenantId() {
        return unit.tenantId();
    }
}
