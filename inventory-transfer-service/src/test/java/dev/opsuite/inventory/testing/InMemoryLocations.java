package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.catalog.application.port.out.LocationStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Locations in memory: a stored copy per id, handed out as fresh copies, the version bumped on save like the database. */
public final class InMemoryLocations implements LocationStore {

    private final CopiedRecords<Location> rows = new CopiedRecords<>(
            (l, envelope) -> new Location(envelope, l.type(), l.name(), l.code(), l.address(), l.vehicleId(), l.active()));

    @Override
    public Uni<Optional<Location>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id);
    }

    @Override
    public Uni<Map<UUID, Location>> findAll(String tenantId, Collection<UUID> ids) {
        return rows.findAll(tenantId, ids);
    }

    @Override
    public Uni<Page<Location>> search(String tenantId, LocationType type, Boolean active, String text, PageRequest page) {
        List<Location> all = rows.of(tenantId)
                .filter(l -> type == null || l.type() == type).filter(l -> active == null || l.active() == active)
                .filter(l -> text == null || contains(l.name(), text) || contains(l.code(), text))
                .toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<List<UUID>> named(String tenantId, String text) {
        return Uni.createFrom().item(rows.of(tenantId).filter(l -> contains(l.name(), text)).map(Location::id).toList());
    }

    @Override
    public Uni<Void> add(Location location) {
        return rows.add(location);
    }

    @Override
    public Uni<Location> save(Location location) {
        return rows.save(location);
    }

    static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
