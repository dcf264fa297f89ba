package dev.opsuite.field.kernel;

import java.time.Instant;
import java.util.UUID;

/**
 * What every record of the field service carries besides its content: its identity, the business (tenant) it
 * belongs to, who created and last changed it and when, and the version optimistic locking (the ETag) is built on.
 * In the kernel, so that every capability's aggregates share it.
 */
public record Envelope(UUID id, String tenantId, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        long version) {

    /** A record just created by {@code by}: created and last changed at once, version 0. */
    public static Envelope created(UUID id, String tenantId, String by, Instant at) {
        return new Envelope(id, tenantId, by, at, by, at, 0);
    }
}
