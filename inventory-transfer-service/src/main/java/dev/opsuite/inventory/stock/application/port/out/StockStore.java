package dev.opsuite.inventory.stock.application.port.out;

import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stock levels and their ledger. Every method is scoped to one tenant. */
public interface StockStore {

    /**
     * The levels of these products at these locations, created empty where there are none yet, each
     * holding a row lock until the transaction ends. Rows are locked in {@link StockKey#LOCK_ORDER},
     * so two transactions locking overlapping stock cannot deadlock.
     */
    Uni<Map<StockKey, StockLevel>> lock(String tenantId, Collection<StockKey> keys);

    /** The existing levels of these products at these locations, without locking. */
    Uni<List<StockLevel>> levels(String tenantId, Collection<UUID> locationIds, Collection<UUID> productIds);

    /** Writes the changed levels now (a lost race against the database's CHECKs fails here). */
    Uni<Void> saveAll(Collection<StockLevel> levels);

    Uni<Void> record(String tenantId, List<StockMovement> movements);

    /** Filters are optional (null). */
    Uni<Page<StockLevel>> search(String tenantId, UUID locationId, UUID productId, PageRequest page);

    /** The ledger, newest first by default; filters are optional (null). */
    Uni<Page<StockMovement>> movements(String tenantId, UUID locationId, UUID productId, MovementKind kind,
            String referenceType, String referenceId, DateRange occurredAt, PageRequest page);
}
