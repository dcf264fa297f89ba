package dev.opsuite.inventory.catalog.application.service;

import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;
import dev.opsuite.inventory.catalog.application.port.out.LocationStore;
import dev.opsuite.inventory.catalog.application.port.out.ProductStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.application.Rejection;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/** What a request names must exist in the caller's business, and be in use: a 422 naming the field otherwise. */
@ApplicationScoped
public class CatalogLookup implements LookUpCatalogQuery {

    private final LocationStore locations;
    private final ProductStore products;

    public CatalogLookup(LocationStore locations, ProductStore products) {
        this.locations = locations;
        this.products = products;
    }

    @Override
    @WithSession
    public Uni<Location> locationInUse(String tenantId, UUID id, String field) {
        return locations.find(tenantId, id).map(found -> {
            Location location = found.orElseThrow(() -> Rejection.unprocessable("location-not-found", field,
                    "No location " + id + " in this business.").toException());
            if (!location.active()) {
                throw Rejection.unprocessable("location-inactive", field, "Location " + location.name() + " is no longer in use.").toException();
            }
            return location;
        });
    }

    @Override
    @WithSession
    public Uni<Map<UUID, Product>> productsInUse(String tenantId, List<UUID> ids, IntFunction<String> field) {
        return products.findAll(tenantId, ids).map(found -> {
            for (int i = 0; i < ids.size(); i++) {
                UUID id = ids.get(i);
                String named = field.apply(i);
                Product product = Optional.ofNullable(found.get(id)).orElseThrow(() -> Rejection.unprocessable(
                        "product-not-found", named, "No product " + id + " in this business.").toException());
                if (!product.active()) {
                    throw Rejection.unprocessable("product-inactive", named, "Product " + product.sku() + " is no longer in use.").toException();
                }
            }
            return found;
        });
    }

    @Override
    @WithSession
    public Uni<Map<UUID, Location>> locations(String tenantId, Collection<UUID> ids) {
        return locations.findAll(tenantId, ids);
    }

    @Override
    @WithSession
    public Uni<Map<UUID, Product>> products(String tenantId, Collection<UUID> ids) {
        return products.findAll(tenantId, ids);
    }

    @Override
    @WithSession
    public Uni<List<UUID>> locationsNamed(String tenantId, String text) {
        return locations.named(tenantId, text);
    }
}
