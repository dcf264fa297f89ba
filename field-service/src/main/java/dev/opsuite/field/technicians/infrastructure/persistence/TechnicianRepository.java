package dev.opsuite.field.technicians.infrastructure.persistence;

import dev.opsuite.field.technicians.application.port.out.TechnicianStore;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.Truck;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TechnicianRepository implements PanacheRepositoryBase<TechnicianEntity, UUID>, TechnicianStore {

    private final AuditTrail audit;

    TechnicianRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<Technician>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(TechnicianRepository::toDomain));
    }

    @Override
    public Uni<Optional<Technician>> ofUser(String tenantId, String userId) {
        return find("userId = ?1 and tenantId = ?2", userId, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(TechnicianRepository::toDomain));
    }

    @Override
    public Uni<List<Technician>> all(String tenantId) {
        return list("tenantId = ?1 order by name, id", tenantId)
                .map(rows -> rows.stream().map(TechnicianRepository::toDomain).toList());
    }

    @Override
    public Uni<Technician> add(Technician t) {
        TechnicianEntity e = new TechnicianEntity();
        e.id = t.id();
        e.userId = t.userId();
        copy(t, e);
        // Flushed at once: a login or truck another technician has fails here, as its 409.
        return persist(e).call(this::flush)
                .call(() -> audit.record("technician", t.envelope(), Action.CREATED, null, null))
                .map(TechnicianRepository::toDomain);
    }

    @Override
    public Uni<Technician> update(Technician t) {
        // Loaded in this session: copying onto it and flushing bumps the version (the new ETag).
        return findById(t.id()).invoke(e -> copy(t, e)).call(this::flush)
                .call(e -> audit.record("technician", Envelopes.of(e.id, e), Action.CHANGED, null, null))
                .map(TechnicianRepository::toDomain);
    }

    private static void copy(Technician t, TechnicianEntity e) {
        Envelopes.stamp(e, t.envelope());
        e.name = t.name();
        e.timeZone = t.timeZone().getId();
        e.skills = JsonList.of(t.skills());
        e.workingHours = JsonList.of(t.workingHours());
        e.timeOff = JsonList.of(t.timeOff());
        e.vehicleId = t.truck() == null ? null : t.truck().vehicleId();
        e.truckLocationId = t.truck() == null ? null : t.truck().truckLocationId();
    }

    static Technician toDomain(TechnicianEntity e) {
        return new Technician(Envelopes.of(e.id, e), e.userId, e.name, ZoneId.of(e.timeZone), e.skills.lines(),
                e.workingHours.lines(), e.vehicleId == null ? null : new Truck(e.vehicleId, e.truckLocationId),
                e.timeOff.lines());
    }
}
