package dev.opsuite.billing.orders.infrastructure.persistence;

import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.billing.orders.application.port.out.SalesOrderStore;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.JsonList;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class SalesOrderRepository implements PanacheRepositoryBase<SalesOrderEntity, UUID>, SalesOrderStore {

    @Override
    public Uni<Optional<SalesOrder>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(SalesOrderRepository::toDomain));
    }

    @Override
    public Uni<Optional<SalesOrder>> findForUpdate(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult().map(e -> Optional.ofNullable(e).map(SalesOrderRepository::toDomain));
    }

    @Override
    public Uni<Page<SalesOrder>> list(String tenantId, UUID customerId, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("customerId", customerId);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(SalesOrderRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Void> add(SalesOrder order) {
        SalesOrderEntity e = new SalesOrderEntity();
        e.id = order.id();
        Envelopes.stamp(e, order.envelope());
        e.orderNumber = order.orderNumber();
        e.customerId = order.customerId();
        e.customerName = order.customerName();
        e.currency = order.currency();
        e.lines = JsonList.of(order.lines());
        e.totalAmount = order.total();
        return persist(e).replaceWithVoid();
    }

    static SalesOrder toDomain(SalesOrderEntity e) {
        return new SalesOrder(Envelopes.of(e.id, e), e.orderNumber, e.customerId, e.customerName, e.currency, e.lines.lines());
    }
}
