package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.catalog.application.port.out.LocationStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Locations in memory: a stored copy per id, handed out as fresh copies, the version bumped on save like the database. */
public final class InMemoryLocations implements LocationStore {

    private final TenantRecords<Location> rows = new TenantRecords<>(Location::id, Location::tenantId);

    @Override
    public Uni<Optional<Location>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id).map(found -> found.map(InMemoryLocations::copy));
    }

    @Override
    public Uni<Map<UUID, Location>> findAll(String tenantId, Collection<UUID> ids) {
        return rows.findAll(tenantId, ids).invoke(found -> found.replaceAll((id, l) -> copy(l)));
    }

    @Override
    public Uni<Page<Location>> search(String tenantId, LocationType type, Boolean active, String text, PageRequest page) {
        List<Location> all = rows.of(tenantId)
                .filter(l -> type == null || l.type() == type).filter(l -> active == null || l.active() == active)
                .filter(l -> text == null || contains(l.name(), text) || contains(l.code(), text))
                .map(InMemoryLocations::copy).toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<List<UUID>> named(String tenantId, String text) {
        return Uni.createFrom().item(rows.of(tenantId).filter(l -> contains(l.name(), text)).map(Location::id).toList());
    }

    @Override
    public Uni<Void> add(Location location) {
        rows.put(copy(location));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Location> save(Location location) {
        Location saved = new Location(Versions.written(location.envelope()), location.type(), location.name(), location.code(), location.address(),
                location.vehicleId(), location.active());
        return rows.saved(saved).map(InMemoryLocations::copy);
    }

    private static Location copy(Location l) {
        return new Location(l.envelope(), l.type(), l.name(), l.code(), l.address(), l.vehicleId(), l.active());
    }

    static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
