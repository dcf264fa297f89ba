package dev.opsuite.inventory.stock.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stock level after the movements one change made to it: what is there now, at what WAC, and why it moved. The
 * location's type and vehicle travel with it, so that a truck's stock can be followed without asking the catalog.
 */
public record StockLevelChanged(UUID levelId, String tenantId, UUID locationId, String locationType, UUID vehicleId,
        UUID productId, BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal inTransit,
        BigDecimal unitCost, String currency, List<StockMovement> movements, Instant updatedAt) implements DomainEvent {

    public StockLevelChanged {
        movements = List.copyOf(movements);
    }
}
