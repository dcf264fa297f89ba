package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.catalog.application.port.out.ProductStore;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Products in memory, as {@link InMemoryLocations} keeps locations. */
public final class InMemoryProducts implements ProductStore {

    private final Map<UUID, Product> rows = new LinkedHashMap<>();

    @Override
    public Uni<Optional<Product>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(p -> p.tenantId().equals(tenantId)).map(InMemoryProducts::copy));
    }

    @Override
    public Uni<Map<UUID, Product>> findAll(String tenantId, Collection<UUID> ids) {
        Map<UUID, Product> found = new LinkedHashMap<>();
        ids.forEach(id -> Optional.ofNullable(rows.get(id)).filter(p -> p.tenantId().equals(tenantId))
                .ifPresent(p -> found.put(id, copy(p))));
        return Uni.createFrom().item(found);
    }

    @Override
    public Uni<Page<Product>> search(String tenantId, Boolean active, String text, PageRequest page) {
        List<Product> all = rows.values().stream().filter(p -> p.tenantId().equals(tenantId))
                .filter(p -> active == null || p.active() == active)
                .filter(p -> text == null || InMemoryLocations.contains(p.sku(), text) || InMemoryLocations.contains(p.name(), text))
                .map(InMemoryProducts::copy).toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<Void> add(Product product) {
        rows.put(product.id(), copy(product));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Product> save(Product product) {
        Product saved = new Product(Versions.written(product.envelope()), product.sku(), product.name(), product.unit(), product.active());
        rows.put(saved.id(), saved);
        return Uni.createFrom().item(copy(saved));
    }

    private static Product copy(Product p) {
        return new Product(p.envelope(), p.sku(), p.name(), p.unit(), p.active());
    }
}
