package dev.opsuite.billing.profitability.infrastructure.persistence;

import dev.opsuite.billing.profitability.application.port.out.OrderCostStore;
import dev.opsuite.billing.profitability.domain.OrderCost;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class OrderCostRepository implements PanacheRepositoryBase<OrderCostEntity, UUID>, OrderCostStore {

    /** One row per cost id: a re-published event (a new event id) finds its cost kept and changes nothing. */
    private static final String ADD_IF_ABSENT = """
            insert into order_cost (id, tenant_id, order_reference, kind, amount, currency, description, source_type,
                source_id, vehicle_id, driver_id, recorded_by, recorded_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            on conflict (id) do nothing""";

    @Override
    public Uni<Void> addIfAbsent(OrderCost cost) {
        return getSession().chain(s -> s.createNativeQuery(ADD_IF_ABSENT)
                .setParameter(1, cost.costId()).setParameter(2, cost.tenantId()).setParameter(3, cost.orderReference())
                .setParameter(4, cost.kind().name()).setParameter(5, cost.amount()).setParameter(6, cost.currency())
                .setParameter(7, cost.description()).setParameter(8, cost.source().type())
                .setParameter(9, cost.source().id()).setParameter(10, cost.source().vehicleId())
                .setParameter(11, cost.source().driverId()).setParameter(12, cost.source().recordedBy())
                .setParameter(13, cost.recordedAt())
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<OrderCost>> ofOrder(String tenantId, String orderNumber) {
        return list("tenantId = ?1 and orderReference = ?2 order by recordedAt, id", tenantId, orderNumber)
                .map(rows -> rows.stream().map(OrderCostRepository::toDomain).toList());
    }

    private static OrderCost toDomain(OrderCostEntity e) {
        return new OrderCost(e.id, e.tenantId, e.orderReference, e.kind, e.amount, e.currency, e.description,
                new OrderCost.Source(e.sourceType, e.sourceId, e.vehicleId, e.driverId, e.recordedBy), e.recordedAt);
    }
}
