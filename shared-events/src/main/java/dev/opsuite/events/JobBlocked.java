package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-blocked} v1: the job waits on parts since blockedSince, for what waitingFor names. Key: jobId.
 */
public record JobBlocked(
        UUID jobId,
        UUID serviceCallId,
        String waitingFor,
        String blockedBy,
        Instant blockedSince) {
}
