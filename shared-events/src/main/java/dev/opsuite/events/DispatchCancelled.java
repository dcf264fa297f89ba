package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code dispatch-cancelled} v1: a dispatch not yet completed was cancelled; its unit window and trip ticket are free again and its invoices detached. Key: dispatchId. */
public record DispatchCancelled(
        UUID dispatchId,
        String dispatchNumber,
        String previousStatus,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
