package dev.opsuite.field.jobs.domain;

import java.time.Instant;
import java.util.UUID;

/** Who holds the job and when (seed 002's JobAssignment): the board's live appointment, as the job knows it. */
public record Assignment(UUID technicianId, Instant start, Instant end) {
}
