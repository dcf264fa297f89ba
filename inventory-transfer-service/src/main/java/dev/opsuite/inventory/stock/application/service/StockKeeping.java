package dev.opsuite.inventory.stock.application.service;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.StockLevelChanged;
import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;
import dev.opsuite.inventory.stock.application.port.in.MoveStockUseCase;
import dev.opsuite.inventory.stock.application.port.out.StockStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.support.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way stock changes: lock the levels concerned (in one global order), let the caller's
 * change run on them, write the levels and their ledger movements, and publish stock-level-changed
 * for every level that moved, all in the caller's transaction.
 */
@ApplicationScoped
public class StockKeeping implements MoveStockUseCase {

    private final StockStore stock;
    private final LookUpCatalogQuery catalog;
    private final Outbox outbox;
    private final String currency;

    public StockKeeping(StockStore stock, LookUpCatalogQuery catalog, Outbox outbox,
            @ConfigProperty(name = "opsuite.inventory.currency", defaultValue = "EUR") String currency) {
        this.stock = stock;
        this.catalog = catalog;
        this.outbox = outbox;
        this.currency = currency;
    }

    /** The valuation currency: every WAC and value of this service is in it. */
    @Override
    public String currency() {
        return currency;
    }

    /**
     * Applies {@code change} to the locked levels of {@code keys}. The change answers the movements
     * it made, or throws a rejection, which rolls everything back.
     */
    @Override
    public Uni<List<StockMovement>> move(String tenantId, Collection<StockKey> keys,
            Function<Map<StockKey, StockLevel>, List<StockMovement>> change) {
        return stock.lock(tenantId, keys).chain(levels -> {
            List<StockMovement> movements = change.apply(levels);
            Map<StockKey, List<StockMovement>> byLevel = new LinkedHashMap<>();
            for (StockMovement m : movements) {
                byLevel.computeIfAbsent(new StockKey(m.locationId(), m.productId()), k -> new ArrayList<>()).add(m);
            }
            List<StockLevel> moved = byLevel.keySet().stream().map(levels::get).toList();
            return stock.saveAll(moved)
                    .chain(() -> stock.record(tenantId, movements))
                    .chain(() -> catalog.locations(tenantId, byLevel.keySet().stream().map(StockKey::locationId).distinct().toList()))
                    .chain(locationsById -> Multi.createFrom().iterable(moved)
                            .onItem().transformToUniAndConcatenate(level -> publish(level,
                                    locationsById.get(level.locationId()), byLevel.get(level.key())))
                            .collect().last())
                    .replaceWith(movements);
        });
    }

    @Override
    public Uni<List<StockLevel>> levels(String tenantId, Collection<UUID> locationIds, Collection<UUID> productIds) {
        return stock.levels(tenantId, locationIds, productIds);
    }

    private Uni<?> publish(StockLevel level, Location location, List<StockMovement> movements) {
        return outbox.append(EventCatalog.STOCK_LEVEL_CHANGED, level.id(), level.tenantId(), new StockLevelChanged(
                level.id(), level.locationId(), location.type().name(), location.vehicleId(), level.productId(),
                level.onHand(), level.reserved(), level.available(), level.inTransit(), level.unitCost(), currency,
                movements.stream().map(m -> new StockLevelChanged.Movement(m.id(), m.kind().name(), m.quantity(),
                        m.reservedChange(), m.inTransitChange(), m.unitCost(), m.value(), m.reason(),
                        m.reference() == null ? null : m.reference().type(),
                        m.reference() == null ? null : m.reference().id())).toList(),
                level.updatedAt()));
    }
}
