package dev.opsuite.inventory.stock.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the stock ledger: what changed at a location for a product, why, and at what cost.
 * {@code quantity} is the change of on-hand stock (signed), {@code reservedChange} and
 * {@code inTransitChange} those of the reserved and in-transit quantities; {@code value} is the
 * money the on-hand change (or the write-off) is worth.
 */
public record StockMovement(
        UUID id,
        UUID locationId,
        UUID productId,
        MovementKind kind,
        BigDecimal quantity,
        BigDecimal reservedChange,
        BigDecimal inTransitChange,
        BigDecimal unitCost,
        BigDecimal value,
        BigDecimal onHandAfter,
        BigDecimal unitCostAfter,
        String reason,
        StockReference reference,
        Instant occurredAt,
        String recordedBy) {
}
