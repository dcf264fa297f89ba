package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code dispatch-completed} v1: delivered, with proof of delivery (who received it and when); at least one invoice is attached. Key: dispatchId. */
public record DispatchCompleted(
        UUID dispatchId,
        String dispatchNumber,
        DispatchAssignment assignment,
        Instant departedAt,
        Instant deliveredAt,
        String recipientName,
        boolean proofAttached,
        List<UUID> invoiceIds,
        String completedBy,
        Instant completedAt) {
}
