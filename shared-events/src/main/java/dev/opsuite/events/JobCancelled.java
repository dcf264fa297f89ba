package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-cancelled} v1: the job will not be done. Key: jobId.
 */
public record JobCancelled(
        UUID jobId,
        UUID serviceCallId,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
