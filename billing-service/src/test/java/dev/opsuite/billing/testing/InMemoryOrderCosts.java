package dev.opsuite.billing.testing;

import dev.opsuite.billing.profitability.application.port.out.OrderCostStore;
import dev.opsuite.billing.profitability.domain.OrderCost;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** The fleet's order costs in memory, one per cost id, in the order recorded. */
public final class InMemoryOrderCosts extends InMemoryStore<OrderCost> implements OrderCostStore {

    public InMemoryOrderCosts() {
        super(OrderCost::costId, OrderCost::tenantId);
    }

    @Override
    public Uni<Void> addIfAbsent(OrderCost cost) {
        if (records.get(cost.tenantId(), cost.costId()).isEmpty()) {
            records.put(cost);
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<OrderCost>> ofOrder(String tenantId, String orderNumber) {
        return Uni.createFrom().item(records.of(tenantId).filter(c -> c.orderReference().equals(orderNumber)).toList());
    }
}
