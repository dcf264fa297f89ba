package dev.opsuite.field.board.application.port.in;

import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatcher's moves on the board: assign a job to a technician from a start (the job's expected duration sets
 * the end), reschedule or reassign an appointment, which supersedes it and keeps it as history, and cancel a job.
 */
public interface AssignJobUseCase {

    record AssignJobCommand(Actor actor, UUID jobId, UUID technicianId, Instant start) {
    }

    record RescheduleCommand(Actor actor, UUID appointmentId, UUID technicianId, Instant start, String reason) {
    }

    Uni<Appointment> assign(AssignJobCommand command);

    /** The new live appointment that replaces {@code appointmentId}. */
    Uni<Appointment> reschedule(RescheduleCommand command);

    /**
     * Cancels the job for {@code reason}: its live appointment, if any, ends CANCELLED (the technician's time is free
     * again), then the job is CANCELLED. The cancelled appointment, or empty when the job had none.
     */
    Uni<Optional<Appointment>> cancelJob(Actor actor, UUID jobId, String reason);
}
