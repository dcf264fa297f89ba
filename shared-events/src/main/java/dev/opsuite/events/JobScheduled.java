package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-scheduled} v1: an appointment now holds the job: assigned, rescheduled or reassigned on the dispatch
 * board (replaces names the appointment it superseded). Key: jobId.
 */
public record JobScheduled(
        UUID jobId,
        UUID serviceCallId,
        UUID appointmentId,
        UUID technicianId,
        Instant start,
        Instant end,
        UUID replaces,
        String scheduledBy,
        Instant scheduledAt) {
}
