package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code dispatch-dispatched} v1: the unit left with the dispatch at departedAt. Key: dispatchId. */
public record DispatchDispatched(
        UUID dispatchId,
        String dispatchNumber,
        Instant datetime,
        DispatchAssignment assignment,
        Instant departedAt,
        String dispatchedBy,
        Instant dispatchedAt) {
}
