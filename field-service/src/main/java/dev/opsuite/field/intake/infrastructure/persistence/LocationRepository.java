package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.field.intake.application.port.out.LocationStore;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class LocationRepository implements PanacheRepositoryBase<LocationEntity, UUID>, LocationStore {

    private final AuditTrail audit;

    LocationRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<Location>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(LocationRepository::toDomain));
    }

    @Override
    public Uni<List<Location>> ofCustomer(String tenantId, UUID customerId) {
        return list("tenantId = ?1 and customerId = ?2 order by createdAt, id", tenantId, customerId)
                .map(rows -> rows.stream().map(LocationRepository::toDomain).toList());
    }

    @Override
    public Uni<Void> add(Location l) {
        LocationEntity e = new LocationEntity();
        e.id = l.id();
        Envelopes.stamp(e, l.envelope());
        e.customerId = l.customerId();
        e.label = l.label();
        e.line1 = l.address().line1();
        e.city = l.address().city();
        e.postalCode = l.address().postalCode();
        e.accessNotes = l.accessNotes();
        // Flushed at once: a customer that vanished meanwhile fails here, inside the use case.
        return persist(e).call(this::flush)
                .call(() -> audit.record("location", l.envelope(), Action.CREATED, l.customerId(), null))
                .replaceWithVoid();
    }

    static Location toDomain(LocationEntity e) {
        return new Location(Envelopes.of(e.id, e), e.customerId, e.label,
                new ServiceAddress(e.line1, e.city, e.postalCode), e.accessNotes);
    }
}
