package dev.opsuite.field.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A change of a record (seed 002's AuditEvent): which record, created or changed to which version, by whom and when,
 * and the customer and job it concerns when it has them.
 */
public record AuditEvent(UUID id, String tenantId, String recordType, UUID recordId, Action action, long version,
        UUID customerId, UUID jobId, String by, Instant at) {

    public enum Action { CREATED, CHANGED }
}
