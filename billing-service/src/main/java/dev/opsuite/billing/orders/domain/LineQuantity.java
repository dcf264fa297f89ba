package dev.opsuite.billing.orders.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A quantity of one line of a sales order: what an invoice takes of it, or gives back when it is voided. */
public record LineQuantity(UUID salesOrderLineId, BigDecimal quantity) {
}
