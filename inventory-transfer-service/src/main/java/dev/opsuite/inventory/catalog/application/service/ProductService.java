package dev.opsuite.inventory.catalog.application.service;

import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase;
import dev.opsuite.inventory.catalog.application.port.out.ProductStore;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class ProductService implements ManageProductsUseCase {

    static final String WHAT = "product";

    private final ProductStore products;
    private final Clock clock;

    public ProductService(ProductStore products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Product> register(RegisterProductCommand command) {
        Actor actor = command.actor();
        return Uni.createFrom().item(() -> Rejection.orThrow(Product.register(
                        Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), clock.instant()),
                        command.sku(), command.name(), command.unit())))
                .call(products::add);
    }

    @Override
    @WithTransaction
    public Uni<Product> update(UpdateProductCommand command) {
        Actor actor = command.actor();
        return products.find(actor.tenantId(), command.productId())
                .map(found -> {
                    Product product = Rejection.current(found, WHAT, command.productId(), command.expectedVersion());
                    return Rejection.orThrow(product.update(command.sku(), command.name(), command.unit(),
                            command.active(), actor.userId(), clock.instant()));
                })
                .chain(products::save);
    }

    @Override
    @WithSession
    public Uni<Product> find(String tenantId, UUID id) {
        return products.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<Product>> search(String tenantId, ProductFilter filter, PageRequest page) {
        return products.search(tenantId, filter.active(), filter.text(), page);
    }
}
