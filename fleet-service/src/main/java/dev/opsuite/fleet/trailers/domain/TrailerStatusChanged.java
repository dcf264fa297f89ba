package dev.opsuite.fleet.trailers.domain;

import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A trailer's availability changed: the transport units it is in are reassessed (not on Kafka). */
public record TrailerStatusChanged(String tenantId, UUID trailerId, TrailerStatus previousStatus, TrailerStatus status,
        String changedBy, Instant changedAt) implements DomainEvent {
}
