package dev.opsuite.inventory.catalog.application.port.in;

import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Registers, edits and reads the products of the caller's tenant. */
public interface ManageProductsUseCase {

    /** {@code unit} is optional ("pcs" when missing); the SKU is unique within the tenant. */
    record RegisterProductCommand(Actor actor, String sku, String name, String unit) {
    }

    /**
     * Changes what is given; null leaves a field as it is.
     *
     * @param expectedVersion the version the caller saw (If-Match), or null
     */
    record UpdateProductCommand(Actor actor, UUID productId, Long expectedVersion, String sku, String name, String unit,
            Boolean active) {
    }

    /** Every filter is optional (null); {@code text} matches the SKU or name, case-insensitively. */
    record ProductFilter(Boolean active, String text) {
    }

    Uni<Product> register(RegisterProductCommand command);

    Uni<Product> update(UpdateProductCommand command);

    /** The product, or a 404 rejection when the tenant has none with this id. */
    Uni<Product> find(String tenantId, UUID id);

    Uni<Page<Product>> search(String tenantId, ProductFilter filter, PageRequest page);
}
