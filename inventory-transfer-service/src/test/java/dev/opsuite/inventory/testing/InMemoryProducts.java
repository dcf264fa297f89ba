package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.catalog.application.port.out.ProductStore;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Products in memory, as {@link InMemoryLocations} keeps locations. */
public final class InMemoryProducts implements ProductStore {

    private final CopiedRecords<Product> rows = new CopiedRecords<>(
            (p, envelope) -> new Product(envelope, p.sku(), p.name(), p.unit(), p.active()));

    @Override
    public Uni<Optional<Product>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id);
    }

    @Override
    public Uni<Map<UUID, Product>> findAll(String tenantId, Collection<UUID> ids) {
        return rows.findAll(tenantId, ids);
    }

    @Override
    public Uni<Page<Product>> search(String tenantId, Boolean active, String text, PageRequest page) {
        List<Product> all = rows.of(tenantId)
                .filter(p -> active == null || p.active() == active)
                .filter(p -> text == null || InMemoryLocations.contains(p.sku(), text) || InMemoryLocations.contains(p.name(), text))
                .toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<Void> add(Product product) {
        return rows.add(product);
    }

    @Override
    public Uni<Product> save(Product product) {
        return rows.save(product);
    }
}
