package dev.opsuite.field.estimates.infrastructure.parts;

import dev.opsuite.field.estimates.application.port.out.ProductCosts;
import dev.opsuite.field.parts.application.port.in.FindPartsQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A product's cost is inventory's WAC, as the parts capability last heard it on any of the tenant's trucks. */
@ApplicationScoped
class ProductCostsOfTrucks implements ProductCosts {

    private final FindPartsQuery parts;

    ProductCostsOfTrucks(FindPartsQuery parts) {
        this.parts = parts;
    }

    @Override
    public Uni<Map<UUID, BigDecimal>> of(String tenantId, Set<UUID> productIds) {
        return parts.newestUnitCosts(tenantId, productIds);
    }
}
