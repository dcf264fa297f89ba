package dev.opsuite.inventory.catalog.application.port.in;

import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Opens, edits and reads the locations (warehouses, stores, trucks) of the caller's tenant. */
public interface ManageLocationsUseCase {

    /** A truck names its fleet vehicle ({@code vehicleId}); other locations must not. */
    record OpenLocationCommand(Actor actor, LocationType type, String name, String code, String address, UUID vehicleId) {
    }

    /**
     * Changes what is given; null leaves a field as it is. The type and the vehicle are fixed when
     * the location is opened.
     *
     * @param expectedVersion the version the caller saw (If-Match), or null
     */
    record UpdateLocationCommand(Actor actor, UUID locationId, Long expectedVersion, String name, String code,
            String address, Boolean active) {
    }

    /** Every filter is optional (null); {@code text} matches the name or code, case-insensitively. */
    record LocationFilter(LocationType type, Boolean active, String text) {
    }

    Uni<Location> open(OpenLocationCommand command);

    Uni<Location> update(UpdateLocationCommand command);

    /** The location, or a 404 rejection when the tenant has none with this id. */
    Uni<Location> find(String tenantId, UUID id);

    Uni<Page<Location>> search(String tenantId, LocationFilter filter, PageRequest page);
}
