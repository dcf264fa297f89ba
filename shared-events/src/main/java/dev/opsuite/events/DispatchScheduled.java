package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code dispatch-scheduled} v1: a dispatch was scheduled on a ready unit and an open trip ticket of that unit's driver and vehicle. Key: dispatchId. */
public record DispatchScheduled(
        UUID dispatchId,
        String dispatchNumber,
        Instant datetime,
        DispatchAssignment assignment,
        String scheduledBy,
        Instant scheduledAt) {
}
