package dev.opsuite.fleet.ledger.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A cost was charged to an order: its profitability goes down by the amount. What was charged, by whom and when. */
public record OrderCostRecorded(UUID costId, String tenantId, OrderCost.Entry cost, String recordedBy,
        Instant recordedAt) implements DomainEvent {
}
