package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code dispatch-closed} v1: a completed dispatch was closed; nothing about it changes any more. Key: dispatchId. */
public record DispatchClosed(
        UUID dispatchId,
        String dispatchNumber,
        String closedBy,
        Instant closedAt) {
}
