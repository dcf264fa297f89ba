package dev.opsuite.fleet.fines.infrastructure.persistence;

import dev.opsuite.fleet.fines.application.port.in.FindFinesQuery.FineFilter;
import dev.opsuite.fleet.fines.application.port.out.FineStore;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class FineRepository implements PanacheRepositoryBase<FineEntity, UUID>, FineStore {

    @Override
    public Uni<Optional<Fine>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> Optional.ofNullable(e).map(FineRepository::toDomain));
    }

    @Override
    public Uni<Optional<Fine>> findForUpdate(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(e -> Optional.ofNullable(e).map(FineRepository::toDomain));
    }

    @Override
    public Uni<Page<Fine>> list(String tenantId, FineFilter f, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("vehicleId", f.vehicleId()).eq("driverId", f.driverId())
                .eq("orderReference", f.orderReference()).in("status", f.statuses());
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(FineRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Fine> add(Fine f) {
        FineEntity e = new FineEntity();
        e.id = f.id();
        Fine.Letter l = f.letter();
        e.vehicleId = l.vehicleId();
        e.committedAt = l.committedAt();
        e.location = l.location();
        e.offense = l.offenseName();
        e.offenseDetails = l.offenseDetails();
        e.amount = l.amount();
        e.currency = l.currency();
        e.reference = l.reference();
        e.issuingAuthority = l.issuingAuthority();
        e.receivedOn = l.receivedOn();
        e.vehicleExpenseId = f.vehicleExpenseId();
        copy(f, e);
        return persist(e).call(this::flush).map(FineRepository::toDomain);
    }

    @Override
    public Uni<Fine> save(Fine fine) {
        // Loaded by findForUpdate in this session: copying onto it and flushing bumps the version.
        return findById(fine.id()).invoke(e -> copy(fine, e)).call(e -> flush()).map(FineRepository::toDomain);
    }

    private static void copy(Fine f, FineEntity e) {
        Envelopes.stamp(e, f.envelope());
        e.status = f.status();
        e.driverId = f.driverId();
        e.attribution = f.attribution();
        e.drivingSource = f.drivingSource();
        e.drivingSourceId = f.drivingSourceId();
        e.drivingSourceNumber = f.drivingSourceNumber();
        e.tripTicketId = f.tripTicketId();
        e.orderReference = f.orderReference();
        e.attributedBy = f.attributedBy();
        e.attributedAt = f.attributedAt();
        e.driverTransactionId = f.driverTransactionId();
        e.orderCostId = f.orderCostId();
    }

    static Fine toDomain(FineEntity e) {
        Fine.Letter letter = new Fine.Letter(e.vehicleId, new Fine.Offense(e.committedAt, e.location, e.offense,
                e.offenseDetails), e.amount, e.currency, new Fine.Notice(e.reference, e.issuingAuthority, e.receivedOn));
        Fine.Attribution attribution = e.attribution == null ? null : new Fine.Attribution(new Fine.Charge(e.driverId,
                e.attribution, e.drivingSource, e.drivingSourceId, e.drivingSourceNumber, e.orderReference),
                e.attributedBy, e.attributedAt);
        return new Fine(Envelopes.of(e.id, e), letter, e.status, attribution,
                new Fine.Bookings(e.vehicleExpenseId, e.driverTransactionId, e.orderCostId));
    }
}
