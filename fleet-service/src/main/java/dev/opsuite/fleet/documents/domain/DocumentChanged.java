package dev.opsuite.fleet.documents.domain;

import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A document of a vehicle, trailer or driver was added, corrected or removed: the transport units its holder is in
 * are reassessed (not on Kafka; their readiness is).
 */
public record DocumentChanged(String tenantId, UUID documentId, SubjectRef holder, String changedBy, Instant changedAt)
        implements DomainEvent {
}
