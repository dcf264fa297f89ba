package dev.opsuite.fleet.ledger.application.port.out;

import dev.opsuite.fleet.ledger.domain.OrderCost;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Where the costs charged to orders are kept. Every method is scoped to one tenant. */
public interface OrderCostStore {

    /** Inserts now: a second cost of one source fails here (409 on sourceId). */
    Uni<OrderCost> add(OrderCost cost);

    /** The costs of one order, oldest first. */
    Uni<List<OrderCost>> ofOrder(String tenantId, String orderReference);
}
