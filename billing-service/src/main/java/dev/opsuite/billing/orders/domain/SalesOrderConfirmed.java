package dev.opsuite.billing.orders.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was confirmed: from now on it can be invoiced, line by line. The order as it was confirmed. */
public record SalesOrderConfirmed(String tenantId, UUID salesOrderId, String orderNumber, UUID customerId,
        String customerName, List<OrderLine> lines, BigDecimal total, String currency, String confirmedBy,
        Instant confirmedAt) implements DomainEvent {

    public SalesOrderConfirmed {
        lines = List.copyOf(lines);
    }
}
