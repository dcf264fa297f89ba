package dev.opsuite.support.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What every aggregate of the suite carries besides its business: who it is (id and tenant), who made it and when,
 * who changed it last and when, and the version that optimistic locking (If-Match, ETag) compares. An aggregate holds
 * one envelope instead of repeating these seven fields; a record that is never changed after it is made has its
 * creation as its last change.
 */
public record Envelope(UUID id, String tenantId, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        long version) {

    /** A new record, at version 0, last changed when it was made. */
    public static Envelope created(UUID id, String tenantId, String by, Instant at) {
        return new Envelope(id, tenantId, by, at, by, at, 0);
    }

    /** The same record, changed by {@code by} at {@code at} (the store bumps the version when it writes it). */
    public Envelope touched(String by, Instant at) {
        return new Envelope(id, tenantId, createdBy, createdAt, by, at, version);
    }

    /** The same record at {@code version}, as a store answers after writing it. */
    public Envelope withVersion(long version) {
        return new Envelope(id, tenantId, createdBy, createdAt, updatedBy, updatedAt, version);
    }
}
