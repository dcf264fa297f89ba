package dev.opsuite.field.board.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A technician's time booked for a job (seed 002's Appointment and JobAssignment in one): who, from when, until the
 * job's expected duration has passed. Rescheduling or reassigning supersedes it with a new appointment that names
 * the one it {@code replaces}, so every change is kept. {@code flags} are the soft conflicts a tenant's policy let
 * through.
 */
public record Appointment(Envelope envelope, UUID jobId, UUID technicianId, Instant start, Instant end,
        AppointmentStatus status, UUID replaces, String reason, List<ConflictKind> flags) implements Enveloped {

    public Appointment {
        flags = List.copyOf(flags);
    }

    /**
     * A new live appointment of {@code technicianId} for {@code jobId} from {@code start} for {@code duration}.
     * Soft conflicts of {@code fit} are refused or flagged as {@code policy} says.
     */
    public static Result<Appointment> book(Envelope envelope, UUID jobId, UUID technicianId, Instant start,
            Duration duration, Fit fit, BoardPolicy policy, Appointment replaced, String reason) {
        List<ConflictKind> conflicts = fit.conflicts();
        for (ConflictKind conflict : conflicts) {
            boolean refused = conflict == ConflictKind.MISSING_SKILL ? policy.skill() == PolicyAnswer.REFUSE
                    : policy.availability() == PolicyAnswer.REFUSE;
            if (refused) {
                return refusal(conflict);
            }
        }
        return Result.accepted(new Appointment(envelope, jobId, technicianId, start, start.plus(duration),
                AppointmentStatus.LIVE, replaced == null ? null : replaced.id(), reason, conflicts));
    }

    /** This appointment, replaced by a reschedule or reassignment; a superseded one cannot change again. */
    public Result<Appointment> supersede(String by, Instant at) {
        if (status != AppointmentStatus.LIVE) {
            return Result.wrongState("appointment-superseded", "appointmentId",
                    "This appointment was already rescheduled or reassigned; change the live one.");
        }
        return Result.accepted(new Appointment(envelope.touched(by, at), jobId, technicianId, start, end,
                AppointmentStatus.SUPERSEDED, replaces, reason, flags));
    }

    /** The appointment now holds its job: a first assignment, or one that replaces an earlier appointment. */
    public record Booked(Appointment appointment, UUID serviceCallId) implements DomainEvent {

        @Override
        public String tenantId() {
            return appointment.tenantId();
        }
    }

    /** Its job was cancelled: the technician's time is free again; the appointment stays as history. */
    public Appointment cancel(String by, Instant at) {
        return new Appointment(envelope.touched(by, at), jobId, technicianId, start, end, AppointmentStatus.CANCELLED,
                replaces, reason, flags);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether the appointment holds any moment of [from, to). */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && from.isBefore(end);
    }

    private static Result<Appointment> refusal(ConflictKind conflict) {
        return switch (conflict) {
            case OUTSIDE_WORKING_HOURS -> Result.invalid("outside-working-hours", "start",
                    "The appointment falls outside the technician's working hours.");
            case TIME_OFF -> Result.invalid("technician-on-time-off", "start",
                    "The technician has time off then.");
            case MISSING_SKILL -> Result.invalid("technician-lacks-skill", "technicianId",
                    "The technician lacks the trade or level the job needs.");
            case OVERLAP -> Result.wrongState("technician-double-booked", "technicianId",
                    "The technician has another appointment then.");
        };
    }
}
