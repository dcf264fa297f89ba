package dev.opsuite.billing.profitability.application.port.out;

import dev.opsuite.billing.profitability.domain.OrderCost;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Where the fleet's order costs are kept. Every method is scoped to one tenant. */
public interface OrderCostStore {

    /** Keeps the cost unless one with its id is kept already (a re-published event changes nothing). */
    Uni<Void> addIfAbsent(OrderCost cost);

    /** The costs booked to the order with this number, in the order they were recorded. */
    Uni<List<OrderCost>> ofOrder(String tenantId, String orderNumber);
}
