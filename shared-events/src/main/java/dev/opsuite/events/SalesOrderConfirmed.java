package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code sales-order-confirmed} v1: a sales order was confirmed; from now on it can be invoiced, line by line. Key: salesOrderId. */
public record SalesOrderConfirmed(
        UUID salesOrderId,
        String orderNumber,
        UUID customerId,
        String customerName,
        List<SalesOrderLine> lines,
        Money total,
        String confirmedBy,
        Instant confirmedAt) {
}
