package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-created} v1: a service call became one more job, ready to schedule (seed 002). Key: jobId.
 */
public record JobCreated(
        UUID jobId,
        UUID serviceCallId,
        UUID customerId,
        UUID locationId,
        String title,
        String trade,
        int skillLevel,
        int expectedMinutes,
        String createdBy,
        Instant createdAt) {
}
