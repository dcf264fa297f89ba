package dev.opsuite.field.board.application.port.in;

import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * The dispatcher's moves on the board: assign a job to a technician from a start (the job's expected duration sets
 * the end), and reschedule or reassign an appointment, which supersedes it and keeps it as history.
 */
public interface AssignJobUseCase {

    record AssignJobCommand(Actor actor, UUID jobId, UUID technicianId, Instant start) {
    }

    record RescheduleCommand(Actor actor, UUID appointmentId, UUID technicianId, Instant start, String reason) {
    }

    Uni<Appointment> assign(AssignJobCommand command);

    /** The new live appointment that replaces {@code appointmentId}. */
    Uni<Appointment> reschedule(RescheduleCommand command);
}
