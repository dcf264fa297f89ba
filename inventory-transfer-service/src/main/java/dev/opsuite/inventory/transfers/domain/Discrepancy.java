package dev.opsuite.inventory.transfers.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What never arrived of one product when a note was closed short, and what it was worth at the frozen cost. */
public record Discrepancy(UUID productId, BigDecimal quantity, BigDecimal unitCost, BigDecimal value) {
}
