package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.catalog.application.port.out.ProductStore;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Products in memory, as {@link InMemoryLocations} keeps locations. */
public final class InMemoryProducts implements ProductStore {

    private final TenantRecords<Product> rows = new TenantRecords<>(Product::id, Product::tenantId);

    @Override
    public Uni<Optional<Product>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id).map(found -> found.map(InMemoryProducts::copy));
    }

    @Override
    public Uni<Map<UUID, Product>> findAll(String tenantId, Collection<UUID> ids) {
        return rows.findAll(tenantId, ids).invoke(found -> found.replaceAll((id, p) -> copy(p)));
    }

    @Override
    public Uni<Page<Product>> search(String tenantId, Boolean active, String text, PageRequest page) {
        List<Product> all = rows.of(tenantId)
                .filter(p -> active == null || p.active() == active)
                .filter(p -> text == null || InMemoryLocations.contains(p.sku(), text) || InMemoryLocations.contains(p.name(), text))
                .map(InMemoryProducts::copy).toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<Void> add(Product product) {
        rows.put(copy(product));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Product> save(Product product) {
        Product saved = new Product(Versions.written(product.envelope()), product.sku(), product.name(), product.unit(), product.active());
        return rows.saved(saved).map(InMemoryProducts::copy);
    }

    private static Product copy(Product p) {
        return new Product(p.envelope(), p.sku(), p.name(), p.unit(), p.active());
    }
}
