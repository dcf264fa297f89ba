package dev.opsuite.inventory.catalog.application.port.out;

import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where locations are kept. Every method is scoped to one tenant. */
public interface LocationStore {

    /** Empty when the location does not exist in this tenant. */
    Uni<Optional<Location>> find(String tenantId, UUID id);

    /** The locations among {@code ids} that exist in this tenant, by id. */
    Uni<Map<UUID, Location>> findAll(String tenantId, Collection<UUID> ids);

    /** Filters are optional (null); {@code text} matches the name or code, case-insensitively. */
    Uni<Page<Location>> search(String tenantId, LocationType type, Boolean active, String text, PageRequest page);

    /** Every location of the tenant whose name contains {@code text}, case-insensitively. */
    Uni<List<UUID>> named(String tenantId, String text);

    Uni<Void> add(Location location);

    /** Writes the change now and answers the location at its new version. */
    Uni<Location> save(Location location);
}
