package dev.opsuite.fleet.ledger.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A cost was charged to an order: its profitability goes down by the amount. */
public record OrderCostRecorded(OrderCost cost) implements DomainEvent {

    @Override
    public String tenantId() {
        return cost.tenantId();
    }
}
