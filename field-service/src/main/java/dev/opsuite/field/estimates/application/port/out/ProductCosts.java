package dev.opsuite.field.estimates.application.port.out;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What inventory's products cost: their weighted average cost, as inventory last reported it on any truck. */
public interface ProductCosts {

    /** By product id; products with no known cost are left out. */
    Uni<Map<UUID, BigDecimal>> of(String tenantId, Set<UUID> productIds);
}
