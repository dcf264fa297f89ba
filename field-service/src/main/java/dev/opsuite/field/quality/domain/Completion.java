package dev.opsuite.field.quality.domain;

import java.time.Instant;
import java.util.UUID;

/** A job completed by {@code technicianId} at {@code completedAt}; {@code calledBack}: a callback is linked to it. */
public record Completion(UUID jobId, UUID technicianId, Instant completedAt, boolean calledBack) {
}
