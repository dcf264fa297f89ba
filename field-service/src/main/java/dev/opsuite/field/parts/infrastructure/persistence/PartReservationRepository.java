package dev.opsuite.field.parts.infrastructure.persistence;

import dev.opsuite.field.parts.application.port.out.PartReservationStore;
import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PartReservationRepository implements PanacheRepositoryBase<PartReservationEntity, UUID>, PartReservationStore {

    @Override
    public Uni<Optional<PartReservation>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(PartReservationRepository::toDomain));
    }

    @Override
    public Uni<Optional<PartReservation>> lock(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(e -> Optional.ofNullable(e).map(PartReservationRepository::toDomain));
    }

    @Override
    public Uni<Void> add(PartReservation r) {
        PartReservationEntity e = new PartReservationEntity();
        e.id = r.id();
        Envelopes.stamp(e, r.envelope());
        e.jobId = r.jobId();
        e.technicianId = r.technicianId();
        e.productId = r.productId();
        e.quantity = r.quantity();
        e.locationId = r.locationId();
        copy(r, e);
        return persist(e).replaceWithVoid();
    }

    @Override
    public Uni<Void> save(PartReservation r) {
        return findById(r.id()).invoke(e -> {
            e.updatedBy = r.envelope().updatedBy();
            e.updatedAt = r.envelope().updatedAt();
            copy(r, e);
        }).call(e -> flush()).replaceWithVoid();
    }

    private static void copy(PartReservation r, PartReservationEntity e) {
        e.status = r.status();
        e.used = r.used();
        e.stockReservationId = r.stockReservationId();
        e.rejectionReason = r.rejectionReason();
        e.available = r.available();
        e.detail = r.detail();
        e.answeredAt = r.answeredAt();
        PartReservation.Cancellation cancelled = r.cancellation();
        e.cancelReason = cancelled == null ? null : cancelled.reason();
        e.cancelledBy = cancelled == null ? null : cancelled.by();
        e.cancelledAt = cancelled == null ? null : cancelled.at();
    }

    @Override
    public Uni<List<PartReservation>> ofJob(String tenantId, UUID jobId) {
        return list("tenantId = ?1 and jobId = ?2 order by createdAt, id", tenantId, jobId)
                .map(rows -> rows.stream().map(PartReservationRepository::toDomain).toList());
    }

    @Override
    public Uni<Page<PartReservation>> search(String tenantId, PartReservationStatus status, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("status", status);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(PartReservationRepository::toDomain).toList(), page, total)));
    }

    private static PartReservation toDomain(PartReservationEntity e) {
        return new PartReservation(Envelopes.of(e.id, e), e.jobId, e.technicianId, e.productId, e.quantity, e.locationId,
                e.status, e.used, e.stockReservationId, e.rejectionReason, e.available, e.detail, e.answeredAt,
                e.cancelReason == null ? null : new PartReservation.Cancellation(e.cancelReason, e.cancelledBy,
                        e.cancelledAt));
    }
}
