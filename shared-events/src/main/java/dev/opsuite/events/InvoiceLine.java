package dev.opsuite.events;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of an invoice: a quantity of one sales order line at its unit price. */
public record InvoiceLine(
        UUID salesOrderLineId,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount) {
}
