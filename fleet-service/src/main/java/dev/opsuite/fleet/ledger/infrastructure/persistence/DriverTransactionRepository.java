package dev.opsuite.fleet.ledger.infrastructure.persistence;

import dev.opsuite.fleet.kernel.persistence.ReadOnly;

import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery.TransactionFilter;
import dev.opsuite.fleet.ledger.application.port.out.DriverTransactionStore;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DriverTransactionRepository implements PanacheRepositoryBase<DriverTransactionEntity, UUID>, DriverTransactionStore {

    @Override
    public Uni<DriverTransaction> add(DriverTransaction t) {
        DriverTransactionEntity e = new DriverTransactionEntity();
        e.id = t.id();
        e.tenantId = t.tenantId();
        e.driverId = t.entry().driverId();
        e.kind = t.entry().kind();
        e.amount = t.entry().amount();
        e.currency = t.entry().currency();
        e.payPeriod = t.payPeriod().toString();
        e.bookedOn = t.bookedOn();
        e.description = t.entry().description();
        e.orderReference = t.entry().orderReference();
        e.sourceType = t.entry().sourceType();
        e.sourceId = t.entry().sourceId();
        e.createdBy = t.envelope().createdBy();
        e.createdAt = t.envelope().createdAt();
        // Flushed at once: a second booking of one source fails inside the use case (LedgerConstraints).
        return persist(e).call(this::flush).map(DriverTransactionRepository::toDomain);
    }

    @Override
    public Uni<List<DriverTransaction>> ofDriver(String tenantId, UUID driverId, YearMonth payPeriod) {
        Criteria where = Criteria.forTenant(tenantId).eq("driverId", driverId).eq("payPeriod", payPeriod.toString());
        return ReadOnly.list(getSession(), DriverTransactionEntity.class, where.query() + " order by createdAt, id",
                where.parameters()).map(rows -> rows.stream().map(DriverTransactionRepository::toDomain).toList());
    }

    @Override
    public Uni<Page<DriverTransaction>> search(String tenantId, TransactionFilter f, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("payPeriod", f.payPeriod() == null ? null : f.payPeriod().toString())
                .eq("driverId", f.driverId()).in("kind", f.kinds());
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(DriverTransactionRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<List<DriverTransaction>> ofPeriod(String tenantId, YearMonth payPeriod) {
        Criteria where = Criteria.forTenant(tenantId).eq("payPeriod", payPeriod.toString());
        return ReadOnly.list(getSession(), DriverTransactionEntity.class, where.query() + " order by driverId, createdAt, id",
                where.parameters()).map(rows -> rows.stream().map(DriverTransactionRepository::toDomain).toList());
    }

    static DriverTransaction toDomain(DriverTransactionEntity e) {
        return new DriverTransaction(Envelopes.of(e.id, e), new DriverTransaction.Entry(e.driverId, e.kind, e.amount,
                e.currency, e.description, e.orderReference, e.sourceType, e.sourceId), YearMonth.parse(e.payPeriod),
                e.bookedOn);
    }
}
