package dev.opsuite.inventory.stock.application.service;

import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;
import dev.opsuite.inventory.stock.application.port.in.MoveStockUseCase;
import dev.opsuite.inventory.stock.application.port.out.StockStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.support.application.EventPublisher;
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
 * change run on them, write the levels and their ledger movements, and publish what every level that moved
 * came to (StockLevelChanged), all in the caller's transaction.
 */
@ApplicationScoped
public class StockKeeping implements MoveStockUseCase {

    private final StockStore stock;
    private final LookUpCatalogQuery catalog;
    private final EventPublisher events;
    private final String currency;

    public StockKeeping(StockStore stock, LookUpCatalogQuery catalog, EventPublisher events,
            @ConfigProperty(name = "opsuite.inventory.currency", defaultValue = "EUR") String currency) {
        this.stock = stock;
        this.catalog = catalog;
        this.events = events;
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
                    .chain(locationsById -> events.publish(moved.stream().map(level -> {
                        Location location = locationsById.get(level.locationId());
                        return level.changed(byLevel.get(level.key()), location.type().name(), location.vehicleId(), currency);
                    }).toList()))
                    .replaceWith(movements);
        });
    }

    @Override
    public Uni<List<StockLevel>> levels(String tenantId, Collection<UUID> locationIds, Collection<UUID> productIds) {
        return stock.levels(tenantId, locationIds, productIds);
    }
}
