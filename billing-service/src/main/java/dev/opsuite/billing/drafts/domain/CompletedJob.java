package dev.opsuite.billing.drafts.domain;

import java.time.Instant;
import java.util.UUID;

/** The field job a draft was made from, as job-completed told it; {@code estimateId}: the estimate whose rates priced it. */
public record CompletedJob(UUID jobId, UUID serviceCallId, UUID customerId, UUID technicianId, String completedBy,
        Instant completedAt, UUID estimateId) {
}
