package dev.opsuite.inventory.stock.application.port.in;

import dev.opsuite.inventory.stock.domain.AdjustmentReason;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Opening balances and count corrections: a signed quantity with a reason, and for an addition the
 * unit cost it enters at (which moves the WAC). Stock never goes below what is reserved.
 */
public interface AdjustStockUseCase {

    record AdjustStockCommand(Actor actor, UUID locationId, UUID productId, BigDecimal quantity, BigDecimal unitCost,
            AdjustmentReason reason, String remark) {
    }

    record StockAdjusted(StockLevel level, StockMovement movement) {
    }

    Uni<StockAdjusted> adjust(AdjustStockCommand command);
}
