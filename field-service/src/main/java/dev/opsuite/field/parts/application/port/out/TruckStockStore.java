package dev.opsuite.field.parts.application.port.out;

import dev.opsuite.field.parts.domain.TruckStock;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** The truck stock read model; scoped to one tenant. */
public interface TruckStockStore {

    /** Keeps {@code stock} unless what is kept for its truck and product is newer. */
    Uni<Void> keep(TruckStock stock);

    /** By product id. */
    Uni<List<TruckStock>> of(String tenantId, UUID locationId);
}
