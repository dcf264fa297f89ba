package dev.opsuite.field.board.application.port.out;

import dev.opsuite.field.board.domain.Appointment;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where appointments are kept. Every method is scoped to one tenant. */
public interface AppointmentStore {

    Uni<Optional<Appointment>> find(String tenantId, UUID id);

    /** The live appointments that hold any moment of [from, to), by technician and start. */
    Uni<List<Appointment>> live(String tenantId, Instant from, Instant to);

    /** The live appointments booked over a soft conflict, oldest first. */
    Uni<List<Appointment>> liveFlagged(String tenantId);

    /** The job's live appointment, if it has one. */
    Uni<Optional<Appointment>> liveOfJob(String tenantId, UUID jobId);

    /** Every appointment of the job, oldest first. */
    Uni<List<Appointment>> ofJob(String tenantId, UUID jobId);

    /** Writes the appointment now: an overlap with a live appointment of the technician is refused here. */
    Uni<Void> add(Appointment appointment);

    /** Writes a changed appointment now (before its replacement is added). */
    Uni<Void> update(Appointment appointment);
}
