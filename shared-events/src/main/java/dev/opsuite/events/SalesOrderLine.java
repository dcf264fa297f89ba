package dev.opsuite.events;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of a sales order. */
public record SalesOrderLine(
        UUID lineId,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount) {
}
