package dev.opsuite.inventory.stock.infrastructure.persistence;

import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.inventory.stock.application.port.out.ReservationStore;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ReservationRepository implements PanacheRepositoryBase<ReservationEntity, UUID>, ReservationStore {

    @Override
    public Uni<Optional<Reservation>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(ReservationRepository::toDomain));
    }

    @Override
    public Uni<Void> add(Reservation r) {
        ReservationEntity e = new ReservationEntity();
        e.id = r.id();
        e.tenantId = r.tenantId();
        e.locationId = r.locationId();
        e.productId = r.productId();
        e.quantity = r.quantity();
        e.referenceType = r.reference().type();
        e.referenceId = r.reference().id();
        e.createdBy = r.envelope().createdBy();
        e.createdAt = r.envelope().createdAt();
        copy(r, e);
        return persist(e).call(ignored -> flush()).replaceWithVoid();
    }

    @Override
    public Uni<Reservation> save(Reservation r) {
        return findById(r.id()).invoke(e -> copy(r, e)).call(e -> flush()).map(ReservationRepository::toDomain);
    }

    @Override
    public Uni<Page<Reservation>> search(String tenantId, UUID locationId, UUID productId, String referenceType,
            String referenceId, ReservationStatus status, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("locationId", locationId).eq("productId", productId)
                .eq("referenceType", referenceType).eq("referenceId", referenceId).eq("status", status);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(ReservationRepository::toDomain).toList(), page, total)));
    }

    private static void copy(Reservation r, ReservationEntity e) {
        e.consumed = r.consumed();
        e.released = r.released();
        e.status = r.status();
        e.updatedBy = r.envelope().updatedBy();
        e.updatedAt = r.envelope().updatedAt();
    }

    private static Reservation toDomain(ReservationEntity e) {
        return new Reservation(Envelopes.of(e.id, e),
                e.locationId, e.productId, e.quantity, e.consumed, e.released, new StockReference(e.referenceType, e.referenceId),
                e.status);
    }
}
