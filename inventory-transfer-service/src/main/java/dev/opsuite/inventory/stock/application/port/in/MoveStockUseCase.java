package dev.opsuite.inventory.stock.application.port.in;

import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How another capability moves stock (transfers: a dispatch, a receipt, a note closed short): the levels concerned
 * are locked in one global order, the caller's change runs on them, and the levels, their ledger movements and a
 * stock-level-changed event for every level that moved are written in the caller's transaction.
 */
public interface MoveStockUseCase {

    /**
     * Applies {@code change} to the locked levels of {@code keys} (created empty where there are none yet). The
     * change answers the movements it made, or throws a rejection, which rolls everything back.
     */
    Uni<List<StockMovement>> move(String tenantId, Collection<StockKey> keys,
            Function<Map<StockKey, StockLevel>, List<StockMovement>> change);

    /** The existing levels of these products at these locations, without locking (a draft's cost at the current WAC). */
    Uni<List<StockLevel>> levels(String tenantId, Collection<UUID> locationIds, Collection<UUID> productIds);

    /** The valuation currency: every WAC and value of this service is in it. */
    String currency();
}
