package dev.opsuite.field.board.application.port.in;

import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.ConflictKind;
import dev.opsuite.field.board.domain.FollowUp;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.technicians.domain.Technician;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dispatch board: technicians × time with their appointments, the unassigned jobs, and every conflict. */
public interface BoardQuery {

    /** One technician's lane: their live appointments in the range, by start. */
    record Lane(Technician technician, List<Appointment> appointments) {
    }

    /** A conflict on the board, found when it is read (time off taken after the booking shows up too). */
    record Conflict(ConflictKind kind, UUID technicianId, UUID appointmentId, UUID jobId) {
    }

    /** {@code followUps}: the follow-up suggested for an unassigned job released after waiting on parts, by job. */
    record Board(Instant from, Instant to, List<Lane> lanes, List<Job> unassigned, Map<UUID, FollowUp> followUps,
            List<Conflict> conflicts) {
    }

    Uni<Board> board(String tenantId, Instant from, Instant to);

    /** Every appointment the job had, live and superseded, oldest first. */
    Uni<List<Appointment>> appointmentsOfJob(String tenantId, UUID jobId);
}
