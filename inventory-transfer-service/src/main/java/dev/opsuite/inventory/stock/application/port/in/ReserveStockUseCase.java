package dev.opsuite.inventory.stock.application.port.in;

import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/** Holds available stock for a reference (a job, a note), gives it back, or uses it up. */
public interface ReserveStockUseCase {

    record ReserveStockCommand(Actor actor, UUID locationId, UUID productId, BigDecimal quantity, StockReference reference) {
    }

    Uni<Reservation> reserve(ReserveStockCommand command);

    Uni<Reservation> release(Actor actor, UUID reservationId, Long expectedVersion);

    /** @param quantity how much is used up; null for all that is still held */
    Uni<Reservation> consume(Actor actor, UUID reservationId, Long expectedVersion, BigDecimal quantity);
}
