package dev.opsuite.field.testing;

import dev.opsuite.field.board.application.port.out.AppointmentStore;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.AppointmentStatus;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Appointments in memory, refusing a double booking as the database's exclusion constraint does. */
public final class InMemoryAppointments extends InMemoryStore<Appointment> implements AppointmentStore {

    public InMemoryAppointments() {
        super(Appointment::id, Appointment::tenantId);
    }

    @Override
    public Uni<List<Appointment>> live(String tenantId, Instant from, Instant to) {
        return Uni.createFrom().item(records.of(tenantId)
                .filter(a -> a.status() == AppointmentStatus.LIVE && a.overlaps(from, to))
                .sorted(Comparator.comparing(Appointment::start)).toList());
    }

    @Override
    public Uni<List<Appointment>> liveFlagged(String tenantId) {
        return Uni.createFrom().item(records.of(tenantId)
                .filter(a -> a.status() == AppointmentStatus.LIVE && !a.flags().isEmpty()).toList());
    }

    @Override
    public Uni<Optional<Appointment>> liveOfJob(String tenantId, UUID jobId) {
        return Uni.createFrom().item(records.of(tenantId)
                .filter(a -> a.jobId().equals(jobId) && a.status() == AppointmentStatus.LIVE).findFirst());
    }

    @Override
    public Uni<List<Appointment>> ofJob(String tenantId, UUID jobId) {
        return Uni.createFrom().item(records.of(tenantId).filter(a -> a.jobId().equals(jobId)).toList());
    }

    @Override
    public Uni<Void> add(Appointment appointment) {
        boolean doubleBooked = records.of(appointment.tenantId()).anyMatch(a -> a.status() == AppointmentStatus.LIVE
                && a.technicianId().equals(appointment.technicianId()) && a.overlaps(appointment.start(), appointment.end()));
        if (doubleBooked) {
            return Uni.createFrom().failure(Rejection.conflict("technician-double-booked", "technicianId",
                    "appointment_technician_double_booked").toException());
        }
        return records.added(appointment);
    }

    @Override
    public Uni<Void> update(Appointment appointment) {
        return records.added(appointment);
    }
}
