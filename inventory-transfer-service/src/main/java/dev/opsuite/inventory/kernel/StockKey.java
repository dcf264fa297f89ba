package dev.opsuite.inventory.kernel;

import java.util.Comparator;
import java.util.UUID;

/** One product at one location: what a stock level is the stock of, and what a transfer moves stock between. */
public record StockKey(UUID locationId, UUID productId) {

    /** The one order in which stock rows are locked, so that no two transactions wait on each other in a cycle. */
    public static final Comparator<StockKey> LOCK_ORDER =
            Comparator.comparing(StockKey::locationId).thenComparing(StockKey::productId);
}
