package dev.opsuite.events;

import java.math.BigDecimal;
import java.util.UUID;

/** A quantity of one sales order line that dispatch asks billing to invoice. */
public record RequestedInvoiceLine(
        UUID salesOrderLineId,
        BigDecimal quantity) {
}
