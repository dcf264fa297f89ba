package dev.opsuite.fleet.ledger.application.port.in;

import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/**
 * Charges a cost to an order (a fine, an accident's company share) in the caller's transaction; announces
 * order-cost-recorded. A second cost of one source is a 409 on sourceId.
 */
public interface BookOrderCostUseCase {

    Uni<OrderCost> book(Actor actor, OrderCost.Entry entry);
}
