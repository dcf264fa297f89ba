package dev.opsuite.field.testing;

import dev.opsuite.field.parts.application.port.out.TruckStockStore;
import dev.opsuite.field.parts.domain.TruckStock;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Truck stock in memory: the newest report per tenant, truck and product, as the repository keeps it. */
public final class InMemoryTruckStock implements TruckStockStore {

    private final Map<String, TruckStock> rows = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> keep(TruckStock stock) {
        rows.merge(stock.tenantId() + "/" + stock.locationId() + "/" + stock.productId(), stock,
                (kept, now) -> kept.asOf().isAfter(now.asOf()) ? kept : now);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<TruckStock>> of(String tenantId, UUID locationId) {
        return Uni.createFrom().item(rows.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && s.locationId().equals(locationId))
                .sorted(Comparator.comparing(TruckStock::productId)).toList());
    }

    @Override
    public Uni<Map<UUID, BigDecimal>> newestUnitCosts(String tenantId, Set<UUID> productIds) {
        return Uni.createFrom().item(rows.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && productIds.contains(s.productId())
                        && s.unitCost().signum() > 0)
                .collect(Collectors.toMap(TruckStock::productId, s -> s,
                        (a, b) -> a.asOf().isAfter(b.asOf()) ? a : b))
                .values().stream().collect(Collectors.toMap(TruckStock::productId, TruckStock::unitCost)));
    }

    @Override
    public Uni<Set<UUID>> holding(String tenantId, UUID productId, BigDecimal quantity) {
        return Uni.createFrom().item(rows.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && s.productId().equals(productId)
                        && s.available().signum() > 0 && s.available().compareTo(quantity) >= 0)
                .map(TruckStock::locationId).collect(Collectors.toSet()));
    }
}
