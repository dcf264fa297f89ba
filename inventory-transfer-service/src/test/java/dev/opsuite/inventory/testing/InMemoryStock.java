package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.application.port.out.StockStore;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.stock.domain.StockQuantities;
import java.math.BigDecimal;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Stock levels and their ledger in memory. Locking hands out copies, created empty where there is no level yet;
 * what a use case saves replaces the stored level (version bumped). No row locks: the fast tests run one use case at
 * a time, and the races are the REST tests' (ConcurrentStockTest, ReceiptRacesTest).
 */
public final class InMemoryStock implements StockStore {

    private final Map<String, StockLevel> rows = new LinkedHashMap<>();
    private final List<StockMovement> ledger = new ArrayList<>();
    private final Clock clock;

    public InMemoryStock(Clock clock) {
        this.clock = clock;
    }

    /** A level as a test sets it up: {@code onHand} at {@code unitCost}, nothing reserved or in transit. */
    public StockLevel put(String tenantId, StockKey key, String onHand, String unitCost) {
        StockLevel level = new StockLevel(UUID.randomUUID(), tenantId, key,
                new StockQuantities(new BigDecimal(onHand), BigDecimal.ZERO, BigDecimal.ZERO), new BigDecimal(unitCost),
                clock.instant(), 0);
        rows.put(row(tenantId, key), level);
        return copy(level);
    }

    /** The stored level of {@code key}, or null when there is none. */
    public StockLevel level(String tenantId, StockKey key) {
        StockLevel level = rows.get(row(tenantId, key));
        return level == null ? null : copy(level);
    }

    /** Every movement recorded, oldest first. */
    public List<StockMovement> ledger() {
        return List.copyOf(ledger);
    }

    @Override
    public Uni<Map<StockKey, StockLevel>> lock(String tenantId, Collection<StockKey> keys) {
        Map<StockKey, StockLevel> locked = new LinkedHashMap<>();
        for (StockKey key : keys.stream().distinct().sorted(StockKey.LOCK_ORDER).toList()) {
            StockLevel level = rows.computeIfAbsent(row(tenantId, key), k -> StockLevel.empty(UUID.randomUUID(), tenantId, key,
                    clock.instant()));
            locked.put(key, copy(level));
        }
        return Uni.createFrom().item(locked);
    }

    @Override
    public Uni<List<StockLevel>> levels(String tenantId, Collection<UUID> locationIds, Collection<UUID> productIds) {
        return Uni.createFrom().item(rows.values().stream()
                .filter(l -> l.tenantId().equals(tenantId) && locationIds.contains(l.locationId())
                        && productIds.contains(l.productId()))
                .map(InMemoryStock::copy).toList());
    }

    @Override
    public Uni<Void> saveAll(Collection<StockLevel> levels) {
        for (StockLevel l : levels) {
            rows.put(row(l.tenantId(), l.key()), at(l, l.version() + 1));
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> record(String tenantId, List<StockMovement> movements) {
        ledger.addAll(movements);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Page<StockLevel>> search(String tenantId, UUID locationId, UUID productId, PageRequest page) {
        List<StockLevel> all = rows.values().stream().filter(l -> l.tenantId().equals(tenantId))
                .filter(l -> locationId == null || l.locationId().equals(locationId))
                .filter(l -> productId == null || l.productId().equals(productId))
                .map(InMemoryStock::copy).toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<Page<StockMovement>> movements(String tenantId, UUID locationId, UUID productId, MovementKind kind,
            String referenceType, String referenceId, DateRange occurredAt, PageRequest page) {
        List<StockMovement> all = ledger.stream()
                .filter(m -> locationId == null || m.locationId().equals(locationId))
                .filter(m -> productId == null || m.productId().equals(productId))
                .filter(m -> kind == null || m.kind() == kind)
                .filter(m -> referenceType == null || m.reference() != null && m.reference().type().equals(referenceType))
                .filter(m -> referenceId == null || m.reference() != null && Objects.equals(m.reference().id(), referenceId))
                .sorted(Comparator.comparing(StockMovement::occurredAt).reversed()).toList();
        return Pages.of(all, page);
    }

    private static String row(String tenantId, StockKey key) {
        return tenantId + "/" + key.locationId() + "/" + key.productId();
    }

    private static StockLevel copy(StockLevel l) {
        return at(l, l.version());
    }

    private static StockLevel at(StockLevel l, long version) {
        return new StockLevel(l.id(), l.tenantId(), l.key(), l.quantities(), l.unitCost(), l.updatedAt(), version);
    }
}
