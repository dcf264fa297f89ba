package dev.opsuite.inventory.catalog.application.port.in;

import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.Product;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * What the other capabilities ask of the catalog: that the locations and products a request names exist in the
 * caller's business and are in use, and what they are. Runs in the caller's session or transaction.
 */
public interface LookUpCatalogQuery {

    /** The location; a 422 rejection naming {@code field} when the tenant has none with this id or it is no longer in use. */
    Uni<Location> locationInUse(String tenantId, UUID id, String field);

    /**
     * The products of {@code ids}, by id; a 422 rejection naming the field of the first one the tenant does not
     * have or no longer uses ({@code field} gives a position's field, e.g. {@code detail[1].productId}).
     */
    Uni<Map<UUID, Product>> productsInUse(String tenantId, List<UUID> ids, IntFunction<String> field);

    /** The locations among {@code ids} that exist in the tenant, in use or not. */
    Uni<Map<UUID, Location>> locations(String tenantId, Collection<UUID> ids);

    /** The products among {@code ids} that exist in the tenant, in use or not. */
    Uni<Map<UUID, Product>> products(String tenantId, Collection<UUID> ids);

    /** Every location of the tenant whose name contains {@code text}, case-insensitively. */
    Uni<List<UUID>> locationsNamed(String tenantId, String text);
}
