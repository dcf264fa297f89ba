package dev.opsuite.billing.orders.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** An order without a live invoice was cancelled, and why. */
public record SalesOrderCancelled(String tenantId, UUID salesOrderId, String orderNumber, String reason,
        String cancelledBy, Instant cancelledAt) implements DomainEvent {
}
