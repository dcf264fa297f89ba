package dev.opsuite.field.jobs.domain;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A work order (seed 002): a visit to a customer location to diagnose and fix, one of the jobs a service call
 * became. It names the skill it needs (a trade at a level) and how long it is expected to take, which the dispatch
 * board uses to size its appointment.
 */
public record Job(Envelope envelope, UUID serviceCallId, UUID customerId, UUID locationId, String title,
        Skill skillNeeded, Duration expectedDuration, JobStatus status, Assignment assignment, Work work)
        implements Enveloped {

    /**
     * What happened on site: the diagnosis, labor and parts used; while the job waits on parts, since when and for
     * what; and why a cancelled job was cancelled.
     */
    public record Work(Diagnosis diagnosis, List<LaborEntry> labor, List<PartUsed> partsUsed, Instant blockedSince,
            String waitingFor, String cancelReason) {

        public Work {
            labor = List.copyOf(labor);
            partsUsed = List.copyOf(partsUsed);
        }

        static final Work NONE = new Work(null, List.of(), List.of(), null, null, null);
    }

    /** Labor beyond a day in one entry is a typo, not work. */
    static final BigDecimal MOST_HOURS = BigDecimal.valueOf(24);

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
                expectedDuration, JobStatus.READY_TO_SCHEDULE, null, Work.NONE));
    }

    /** On the board: an appointment now holds the job. Only a job ready to schedule can be put there. */
    public Result<Job> schedule(Assignment to, String by, Instant at) {
        if (status != JobStatus.READY_TO_SCHEDULE) {
            return Result.wrongState("job-not-ready-to-schedule", "jobId",
                    "The job is " + status + "; only a job ready to schedule takes a new appointment.");
        }
        return Result.accepted(new Job(envelope.touched(by, at), serviceCallId, customerId, locationId, title,
                skillNeeded, expectedDuration, JobStatus.SCHEDULED, to, work));
    }

    /** Rescheduled or reassigned on the board: the job now follows its new live appointment. */
    public Job reassign(Assignment to, String by, Instant at) {
        return new Job(envelope.touched(by, at), serviceCallId, customerId, locationId, title, skillNeeded,
                expectedDuration, status, to, work);
    }

    /** Whether the job's live appointment is the technician's. */
    public boolean assignedTo(UUID technicianId) {
        return assignment != null && assignment.technicianId().equals(technicianId);
    }

    /** The technician arrives and starts: only a scheduled job. */
    public Result<Job> start(String by, Instant at) {
        return in(JobStatus.SCHEDULED, "start").map(ok -> withStatus(JobStatus.IN_PROGRESS, by, at));
    }

    public Result<Job> diagnose(Diagnosis diagnosis, String by, Instant at) {
        return in(JobStatus.IN_PROGRESS, "diagnose").map(ok -> with(JobStatus.IN_PROGRESS,
                new Work(diagnosis, work.labor(), work.partsUsed(), null, null, null), by, at));
    }

    /** Labor from start to end (its hours follow) or just hours, more than nothing and at most 24. */
    public Result<Job> logLabor(UUID id, Instant start, Instant end, BigDecimal hours, RateClass rateClass, String by,
            Instant at) {
        BigDecimal worked = hours;
        if (start != null || end != null) {
            if (start == null || end == null || !start.isBefore(end)) {
                return Result.invalid("labor-span-inverted", "end", "Labor needs a start and a later end, or hours.");
            }
            worked = BigDecimal.valueOf(Duration.between(start, end).toMinutes())
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }
        if (worked == null || worked.signum() <= 0 || worked.compareTo(MOST_HOURS) > 0) {
            return Result.invalid("labor-hours-out-of-range", "hours", "Labor is more than nothing and at most 24 hours.");
        }
        BigDecimal logged = worked;
        return in(JobStatus.IN_PROGRESS, "log labor on").map(ok -> {
            List<LaborEntry> labor = new ArrayList<>(work.labor());
            labor.add(new LaborEntry(id, by, start, end, logged, rateClass));
            return with(status, new Work(work.diagnosis(), labor, work.partsUsed(), null, null, null), by, at);
        });
    }

    public Result<Job> usePart(PartUsed part, String by, Instant at) {
        if (part.quantity().signum() <= 0) {
            return Result.invalid("part-quantity-not-positive", "quantity", "A part used is at least some quantity.");
        }
        return in(JobStatus.IN_PROGRESS, "record parts on").map(ok -> {
            List<PartUsed> parts = new ArrayList<>(work.partsUsed());
            parts.add(part);
            return with(status, new Work(work.diagnosis(), work.labor(), parts, null, null, null), by, at);
        });
    }

    public Result<Job> complete(String by, Instant at) {
        return in(JobStatus.IN_PROGRESS, "complete").map(ok -> withStatus(JobStatus.COMPLETED, by, at));
    }

    /** Waiting on parts (scheduled or started): blocked since now, for what the technician names. */
    public Result<Job> waitOnParts(String waitingFor, String by, Instant at) {
        if (status != JobStatus.SCHEDULED && status != JobStatus.IN_PROGRESS) {
            return wrongStatus("block");
        }
        return Result.accepted(with(JobStatus.WAITING_ON_PARTS,
                new Work(work.diagnosis(), work.labor(), work.partsUsed(), at, waitingFor.trim(), null), by, at));
    }

    /** The job will not be done: any job not yet completed or cancelled, for a reason that is kept. */
    public Result<Job> cancel(String reason, String by, Instant at) {
        if (status == JobStatus.COMPLETED || status == JobStatus.CANCELLED) {
            return wrongStatus("cancel");
        }
        return Result.accepted(with(JobStatus.CANCELLED,
                new Work(work.diagnosis(), work.labor(), work.partsUsed(), null, null, reason.trim()), by, at));
    }

    /** The wait is over (the part arrived): the job is ready to schedule again for a follow-up visit. */
    public Result<Job> release(String by, Instant at) {
        return in(JobStatus.WAITING_ON_PARTS, "release").map(ok -> with(JobStatus.READY_TO_SCHEDULE,
                new Work(work.diagnosis(), work.labor(), work.partsUsed(), null, null, null), by, at));
    }

    private Result<Boolean> in(JobStatus needed, String action) {
        return status == needed ? Result.accepted(true) : wrongStatus(action);
    }

    private <T> Result<T> wrongStatus(String action) {
        return Result.wrongState("job-" + status.name().toLowerCase().replace('_', '-'), "status",
                "The job is " + status + "; not the moment to " + action + " it.");
    }

    private Job withStatus(JobStatus next, String by, Instant at) {
        return with(next, work, by, at);
    }

    private Job with(JobStatus next, Work nextWork, String by, Instant at) {
        return new Job(envelope.touched(by, at), serviceCallId, customerId, locationId, title, skillNeeded,
                expectedDuration, next, assignment, nextWork);
    }
}
