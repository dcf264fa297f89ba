package dev.opsuite.field.parts.application.port.out;

import dev.opsuite.field.parts.domain.TruckStock;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The truck stock read model; scoped to one tenant. */
public interface TruckStockStore {

    /** Keeps {@code stock} unless what is kept for its truck and product is newer. */
    Uni<Void> keep(TruckStock stock);

    /** By product id. */
    Uni<List<TruckStock>> of(String tenantId, UUID locationId);

    /** By product: the unit cost of the newest report (by as_of) of each product on any truck; unreported ones left out. */
    Uni<Map<UUID, BigDecimal>> newestUnitCosts(String tenantId, Set<UUID> productIds);

    /** The trucks that have at least {@code quantity} of the product available. */
    Uni<Set<UUID>> holding(String tenantId, UUID productId, BigDecimal quantity);
}
