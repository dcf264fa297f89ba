package dev.opsuite.field.intake.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A job done, as intake needs it to tell a callback: whose call and place it was, who did it and when it was completed
 * (the time of its COMPLETED status change). {@code locationId} is null for the customer's service address.
 */
public record CompletedJob(UUID jobId, UUID serviceCallId, UUID customerId, UUID locationId, UUID technicianId,
        Instant completedAt) {
}
