package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code sales-order-cancelled} v1: a sales order was cancelled; it has no live invoice. Key: salesOrderId. */
public record SalesOrderCancelled(
        UUID salesOrderId,
        String orderNumber,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
