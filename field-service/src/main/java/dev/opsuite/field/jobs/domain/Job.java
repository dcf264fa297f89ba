package dev.opsuite.field.jobs.domain;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A work order (seed 002): a visit to a customer location to diagnose and fix, one of the jobs a service call
 * became. It names the skill it needs (a trade at a level) and how long it is expected to take, which the dispatch
 * board uses to size its appointment.
 */
public record Job(Envelope envelope, UUID serviceCallId, UUID customerId, UUID locationId, String title,
        Skill skillNeeded, Duration expectedDuration, JobStatus status) implements Enveloped {

    /** The longest job one appointment can hold: a working day and more belongs in several jobs. */
    public static final Duration LONGEST = Duration.ofHours(24);

    /** A new job of the call {@code serviceCallId}, at the call's customer and location, ready to schedule. */
    public static Result<Job> create(Envelope envelope, UUID serviceCallId, UUID customerId, UUID locationId, String title,
            Skill skillNeeded, Duration expectedDuration) {
        if (expectedDuration.isNegative() || expectedDuration.isZero() || expectedDuration.compareTo(LONGEST) > 0) {
            return Result.invalid("expected-duration-out-of-range", "expectedMinutes",
                    "A job is expected to take more than nothing and at most " + LONGEST.toHours() + " hours.");
        }
        return Result.accepted(new Job(envelope, serviceCallId, customerId, locationId, title.trim(), skillNeeded,
                expectedDuration, JobStatus.READY_TO_SCHEDULE));
    }

    /** On the board: an appointment now holds the job. Only a job ready to schedule can be put there. */
    public Result<Job> schedule(String by, Instant at) {
        if (status != JobStatus.READY_TO_SCHEDULE) {
            return Result.wrongState("job-not-ready-to-schedule", "jobId",
                    "The job is " + status + "; only a job ready to schedule takes a new appointment.");
        }
        return Result.accepted(withStatus(JobStatus.SCHEDULED, by, at));
    }

    private Job withStatus(JobStatus next, String by, Instant at) {
        return new Job(envelope.touched(by, at), serviceCallId, customerId, locationId, title, skillNeeded,
                expectedDuration, next);
    }
}
