package dev.opsuite.fleet.ledger.application.port.in;

import dev.opsuite.fleet.ledger.domain.OrderCost;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;

/** Reads the fleet's costs of one order of the caller's tenant. */
public interface FindOrderCostsQuery {

    /** One currency: the costs (positive) and the order's profitability impact (their negation). */
    record OrderCostTotal(String currency, BigDecimal costs, BigDecimal profitImpact, long count) {
    }

    record OrderCostSheet(String orderReference, List<OrderCost> costs, List<OrderCostTotal> totals) {
    }

    /** An order nobody charged anything is an empty sheet, not a 404: dispatch-service owns orders. */
    Uni<OrderCostSheet> costsOf(String tenantId, String orderReference);
}
