package dev.opsuite.fleet.ledger.infrastructure.persistence;

import dev.opsuite.fleet.kernel.persistence.ReadOnly;

import dev.opsuite.fleet.ledger.application.port.out.OrderCostStore;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class OrderCostRepository implements PanacheRepositoryBase<OrderCostEntity, UUID>, OrderCostStore {

    @Override
    public Uni<OrderCost> add(OrderCost c) {
        OrderCostEntity e = new OrderCostEntity();
        e.id = c.id();
        e.orderReference = c.orderReference();
        e.kind = c.kind();
        e.amount = c.amount();
        e.currency = c.currency();
        e.description = c.description();
        e.vehicleId = c.vehicleId();
        e.driverId = c.driverId();
        e.sourceType = c.sourceType();
        e.sourceId = c.sourceId();
        Envelopes.stamp(e, c.envelope());
        // Flushed at once: a second cost of one source fails inside the use case (LedgerConstraints).
        return persist(e).call(this::flush).map(OrderCostRepository::toDomain);
    }

    @Override
    public Uni<List<OrderCost>> ofOrder(String tenantId, String orderReference) {
        Criteria where = Criteria.forTenant(tenantId).eq("orderReference", orderReference);
        return ReadOnly.list(getSession(), OrderCostEntity.class, where.query() + " order by createdAt, id", where.parameters())
                .map(rows -> rows.stream().map(OrderCostRepository::toDomain).toList());
    }

    static OrderCost toDomain(OrderCostEntity e) {
        return new OrderCost(Envelopes.of(e.id, e), new OrderCost.Entry(e.orderReference, e.kind, e.amount, e.currency,
                e.description, e.vehicleId, e.driverId, e.sourceType, e.sourceId));
    }
}
