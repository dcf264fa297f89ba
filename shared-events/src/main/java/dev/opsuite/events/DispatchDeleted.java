package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code dispatch-deleted} v1: a dispatch was soft-deleted; it no longer books its unit or trip ticket and its invoices are detached. Key: dispatchId. */
public record DispatchDeleted(
        UUID dispatchId,
        String dispatchNumber,
        String previousStatus,
        String deletedBy,
        Instant deletedAt) {
}
