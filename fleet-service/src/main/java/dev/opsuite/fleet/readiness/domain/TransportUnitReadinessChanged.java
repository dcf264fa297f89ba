package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A transport unit was formed, changed or disbanded, or its readiness moved with its members: dispatchers know
 * which units they can give an order, and why not. The unit as it was written (at its new {@code version}).
 */
public record TransportUnitReadinessChanged(UUID unitId, String tenantId, TransportUnitStatus status,
        TransportUnit.Members members, Readiness readiness, ReadinessCause cause, long version, Instant at)
        implements DomainEvent {
}
