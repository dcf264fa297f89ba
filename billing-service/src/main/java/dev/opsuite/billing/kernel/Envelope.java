package dev.opsuite.billing.kernel;

import java.time.Instant;
import java.util.UUID;

/**
 * What every billing record carries besides its content: its identity, the business (tenant) it belongs to, who
 * created it and when, and the version optimistic locking (the ETag) is built on. In the kernel, so that every
 * capability's aggregates share it.
 */
public record Envelope(UUID id, String tenantId, String createdBy, Instant createdAt, long version) {

    /** A record just created by {@code by}, at version 0. */
    public static Envelope created(UUID id, String tenantId, String by, Instant at) {
        return new Envelope(id, tenantId, by, at, 0);
    }
}
