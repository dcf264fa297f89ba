package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code stock-level-changed} v1: the stock of one product at one location changed. Carries the
 * level as it now is and the ledger movements that changed it; the location's type and, for a
 * truck, its fleet vehicle, so field-service can keep truck stock without asking.
 */
public record StockLevelChanged(
        UUID stockLevelId,
        UUID locationId,
        String locationType,
        UUID vehicleId,
        UUID productId,
        BigDecimal onHand,
        BigDecimal reserved,
        BigDecimal available,
        BigDecimal inTransit,
        BigDecimal unitCost,
        String currency,
        List<Movement> movements,
        Instant occurredAt) {

    public record Movement(UUID movementId, String kind, BigDecimal quantity, BigDecimal reservedChange,
            BigDecimal inTransitChange, BigDecimal unitCost, BigDecimal value, String reason, String referenceType,
            String referenceId) {
    }
}
