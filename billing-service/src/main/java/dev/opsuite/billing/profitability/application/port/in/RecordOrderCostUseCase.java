package dev.opsuite.billing.profitability.application.port.in;

import dev.opsuite.billing.profitability.domain.OrderCost;
import io.smallrye.mutiny.Uni;

/**
 * Keeps a cost the fleet booked to an order (order-cost-recorded), once per cost id, whether or not an order has
 * that number yet. Runs inside the consumer's transaction.
 */
public interface RecordOrderCostUseCase {

    Uni<Void> record(OrderCost cost);
}
