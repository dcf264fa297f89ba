package dev.opsuite.field.parts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a truck (an inventory TRUCK location) holds of one product, as inventory last said in stock-level-changed.
 * Inventory owns the numbers; this is a read model, newest {@code asOf} wins.
 */
public record TruckStock(String tenantId, UUID locationId, UUID vehicleId, UUID productId, BigDecimal onHand,
        BigDecimal reserved, BigDecimal available, BigDecimal unitCost, String currency, Instant asOf) {
}
