package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code dispatch-created} v1: a dispatcher created a dispatch on a trip ticket and a unit; DRAFT with invoices attached, PENDING without. Key: dispatchId. */
public record DispatchCreated(
        UUID dispatchId,
        String dispatchNumber,
        String status,
        Instant datetime,
        DispatchAssignment assignment,
        List<UUID> invoiceIds,
        String createdBy,
        Instant createdAt) {
}
