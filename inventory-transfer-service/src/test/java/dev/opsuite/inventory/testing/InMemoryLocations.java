package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.catalog.application.port.out.LocationStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Locations in memory: a stored copy per id, handed out as fresh copies, the version bumped on save like the database. */
public final class InMemoryLocations implements LocationStore {

    private final Map<UUID, Location> rows = new LinkedHashMap<>();

    @Override
    public Uni<Optional<Location>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(l -> l.tenantId().equals(tenantId)).map(InMemoryLocations::copy));
    }

    @Override
    public Uni<Map<UUID, Location>> findAll(String tenantId, Collection<UUID> ids) {
        Map<UUID, Location> found = new LinkedHashMap<>();
        ids.forEach(id -> Optional.ofNullable(rows.get(id)).filter(l -> l.tenantId().equals(tenantId))
                .ifPresent(l -> found.put(id, copy(l))));
        return Uni.createFrom().item(found);
    }

    @Override
    public Uni<Page<Location>> search(String tenantId, LocationType type, Boolean active, String text, PageRequest page) {
        List<Location> all = rows.values().stream().filter(l -> l.tenantId().equals(tenantId))
                .filter(l -> type == null || l.type() == type).filter(l -> active == null || l.active() == active)
                .filter(l -> text == null || contains(l.name(), text) || contains(l.code(), text))
                .map(InMemoryLocations::copy).toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<List<UUID>> named(String tenantId, String text) {
        return Uni.createFrom().item(rows.values().stream()
                .filter(l -> l.tenantId().equals(tenantId) && contains(l.name(), text)).map(Location::id).toList());
    }

    @Override
    public Uni<Void> add(Location location) {
        rows.put(location.id(), copy(location));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Location> save(Location location) {
        Location saved = new Location(Versions.written(location.envelope()), location.type(), location.name(), location.code(), location.address(),
                location.vehicleId(), location.active());
        rows.put(saved.id(), saved);
        return Uni.createFrom().item(copy(saved));
    }

    private static Location copy(Location l) {
        return new Location(l.envelope(), l.type(), l.name(), l.code(), l.address(), l.vehicleId(), l.active());
    }

    static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
