package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code dispatch-updated} v1: the datetime or the unit of a dispatch not yet dispatched changed; the assignment and window as they now are. Key: dispatchId. */
public record DispatchUpdated(
        UUID dispatchId,
        String dispatchNumber,
        String status,
        Instant datetime,
        DispatchAssignment assignment,
        List<String> changedFields,
        String updatedBy,
        Instant updatedAt) {
}
