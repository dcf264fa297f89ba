package dev.opsuite.field.board.infrastructure.persistence;

import dev.opsuite.field.board.application.port.out.AppointmentStore;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.AppointmentStatus;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AppointmentRepository implements PanacheRepositoryBase<AppointmentEntity, UUID>, AppointmentStore {

    private final AuditTrail audit;

    AppointmentRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<Appointment>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(AppointmentRepository::toDomain));
    }

    @Override
    public Uni<List<Appointment>> live(String tenantId, Instant from, Instant to) {
        return list("tenantId = ?1 and status = ?2 and startsAt < ?3 and endsAt > ?4 order by technicianId, startsAt",
                tenantId, AppointmentStatus.LIVE, to, from)
                .map(rows -> rows.stream().map(AppointmentRepository::toDomain).toList());
    }

    @Override
    public Uni<List<Appointment>> liveFlagged(String tenantId) {
        return list("tenantId = ?1 and status = ?2 and flagged = true order by createdAt, id", tenantId,
                AppointmentStatus.LIVE).map(rows -> rows.stream().map(AppointmentRepository::toDomain).toList());
    }

    @Override
    public Uni<Optional<Appointment>> liveOfJob(String tenantId, UUID jobId) {
        return find("tenantId = ?1 and jobId = ?2 and status = ?3", tenantId, jobId, AppointmentStatus.LIVE).firstResult()
                .map(e -> Optional.ofNullable(e).map(AppointmentRepository::toDomain));
    }

    @Override
    public Uni<List<Appointment>> ofJob(String tenantId, UUID jobId) {
        return list("tenantId = ?1 and jobId = ?2 order by createdAt, id", tenantId, jobId)
                .map(rows -> rows.stream().map(AppointmentRepository::toDomain).toList());
    }

    @Override
    public Uni<Void> add(Appointment a) {
        AppointmentEntity e = new AppointmentEntity();
        e.id = a.id();
        Envelopes.stamp(e, a.envelope());
        e.jobId = a.jobId();
        e.technicianId = a.technicianId();
        e.startsAt = a.start();
        e.endsAt = a.end();
        e.status = a.status();
        e.replaces = a.replaces();
        e.reason = a.reason();
        e.flags = JsonList.of(a.flags());
        // Flushed at once: the exclusion constraint answers a double booking here, as its 409.
        return persist(e).call(this::flush)
                .call(() -> audit.record("appointment", a.envelope(), Action.CREATED, null, a.jobId()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> update(Appointment a) {
        return findById(a.id()).invoke(e -> {
            Envelopes.stamp(e, a.envelope());
            e.status = a.status();
        }).call(this::flush)
                .call(e -> audit.record("appointment", Envelopes.of(e.id, e), Action.CHANGED, null, e.jobId))
                .replaceWithVoid();
    }

    static Appointment toDomain(AppointmentEntity e) {
        return new Appointment(Envelopes.of(e.id, e), e.jobId, e.technicianId, e.startsAt, e.endsAt, e.status,
                e.replaces, e.reason, e.flags.lines());
    }
}
