package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-started} v1: the technician started the job on site. Key: jobId.
 */
public record JobStarted(
        UUID jobId,
        UUID serviceCallId,
        UUID technicianId,
        String startedBy,
        Instant startedAt) {
}
