package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-released} v1: a job that waited on parts is ready to schedule again, for a follow-up visit. Key:
 * jobId.
 */
public record JobReleased(
        UUID jobId,
        UUID serviceCallId,
        Instant blockedSince,
        String releasedBy,
        Instant releasedAt) {
}
