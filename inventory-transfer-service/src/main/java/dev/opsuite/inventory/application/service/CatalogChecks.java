package dev.opsuite.inventory.application.service;

import dev.opsuite.inventory.application.port.out.LocationStore;
import dev.opsuite.inventory.application.port.out.ProductStore;
import dev.opsuite.inventory.domain.Location;
import dev.opsuite.inventory.domain.Product;
import dev.opsuite.support.application.Rejection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/** What a request names must exist in the caller's business, and be in use: a 422 naming the field otherwise. */
@ApplicationScoped
class CatalogChecks {

    private final LocationStore locations;
    private final ProductStore products;

    CatalogChecks(LocationStore locations, ProductStore products) {
        this.locations = locations;
        this.products = products;
    }

    Uni<Location> activeLocation(String tenantId, UUID id, String field) {
        return locations.find(tenantId, id).map(location -> {
            if (location == null) {
                throw Rejection.unprocessable("location-not-found", field, "No location " + id + " in this business.").toException();
            }
            if (!location.active()) {
                throw Rejection.unprocessable("location-inactive", field, "Location " + location.name() + " is no longer in use.").toException();
            }
            return location;
        });
    }

    /** The products of {@code ids}, in the order given; {@code field} names the position of a missing one. */
    Uni<Map<UUID, Product>> activeProducts(String tenantId, List<UUID> ids, IntFunction<String> field) {
        return products.findAll(tenantId, ids).map(found -> {
            for (int i = 0; i < ids.size(); i++) {
                Product product = found.get(ids.get(i));
                if (product == null) {
                    throw Rejection.unprocessable("product-not-found", field.apply(i), "No product " + ids.get(i) + " in this business.").toException();
                }
                if (!product.active()) {
                    throw Rejection.unprocessable("product-inactive", field.apply(i), "Product " + product.sku() + " is no longer in use.").toException();
                }
            }
            return found;
        });
    }
}
