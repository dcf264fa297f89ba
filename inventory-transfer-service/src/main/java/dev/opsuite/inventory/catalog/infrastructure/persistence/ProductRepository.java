package dev.opsuite.inventory.catalog.infrastructure.persistence;

import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.inventory.catalog.application.port.out.ProductStore;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class ProductRepository implements PanacheRepositoryBase<ProductEntity, UUID>, ProductStore {

    @Override
    public Uni<Optional<Product>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(ProductRepository::toDomain));
    }

    @Override
    public Uni<Map<UUID, Product>> findAll(String tenantId, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Criteria where = Criteria.forTenant(tenantId).in("id", Set.copyOf(ids));
        return list(where.query(), where.parameters()).map(rows -> rows.stream()
                .map(ProductRepository::toDomain)
                .collect(Collectors.toMap(Product::id, Function.identity())));
    }

    @Override
    public Uni<Page<Product>> search(String tenantId, Boolean active, String text, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("active", active).containsText(text, "sku", "name");
        // The id breaks ties (same name, same instant), so pages neither repeat nor skip rows.
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(ProductRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Void> add(Product product) {
        ProductEntity e = new ProductEntity();
        e.id = product.id();
        e.tenantId = product.tenantId();
        e.createdBy = product.envelope().createdBy();
        e.createdAt = product.envelope().createdAt();
        copy(product, e);
        // Flushed at once: a SKU already taken fails inside the use case, and the problem mapping
        // turns the constraint into its rejection (CatalogConstraints).
        return persist(e).call(this::flush).replaceWithVoid();
    }

    @Override
    public Uni<Product> save(Product product) {
        // The entity is already in this session (loaded by find); copying onto it and flushing
        // writes the change and bumps the version, which the caller returns as the ETag.
        return findById(product.id()).invoke(e -> copy(product, e)).call(e -> flush())
                .map(ProductRepository::toDomain);
    }

    private static void copy(Product product, ProductEntity e) {
        e.sku = product.sku();
        e.name = product.name();
        e.unit = product.unit();
        e.active = product.active();
        e.updatedBy = product.envelope().updatedBy();
        e.updatedAt = product.envelope().updatedAt();
    }

    static Product toDomain(ProductEntity e) {
        return new Product(Envelopes.of(e.id, e),
                e.sku, e.name, e.unit, e.active);
    }
}
