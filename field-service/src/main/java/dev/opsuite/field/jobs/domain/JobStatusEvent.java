package dev.opsuite.field.jobs.domain;

import java.time.Instant;
import java.util.UUID;

/** A job status change (seed 002): who, when, from (null when the job was made), to, and why when it was said. */
public record JobStatusEvent(UUID id, UUID jobId, JobStatus from, JobStatus to, String why, String by, Instant at) {
}
