package dev.opsuite.inventory.catalog.application.port.out;

import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where products are kept. Every method is scoped to one tenant. */
public interface ProductStore {

    /** Empty when the product does not exist in this tenant. */
    Uni<Optional<Product>> find(String tenantId, UUID id);

    /** The products among {@code ids} that exist in this tenant, by id. */
    Uni<Map<UUID, Product>> findAll(String tenantId, Collection<UUID> ids);

    /** Filters are optional (null); {@code text} matches the SKU or name, case-insensitively. */
    Uni<Page<Product>> search(String tenantId, Boolean active, String text, PageRequest page);

    Uni<Void> add(Product product);

    /** Writes the change now and answers the product at its new version. */
    Uni<Product> save(Product product);
}
