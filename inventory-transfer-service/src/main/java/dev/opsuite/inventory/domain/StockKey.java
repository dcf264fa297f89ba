package dev.opsuite.inventory.domain;

import java.util.Comparator;
import java.util.UUID;

/** One product at one location: what a stock level is the stock of. */
public record StockKey(UUID locationId, UUID productId) {

    /** The one order in which stock rows are locked, so that no two transactions wait on each other in a cycle. */
    public static final Comparator<StockKey> LOCK_ORDER =
            Comparator.comparing(StockKey::locationId).thenComparing(StockKey::productId);

    public static StockKey of(StockLevel level) {
        return new StockKey(level.locationId(), level.productId());
    }
}
