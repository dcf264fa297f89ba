package dev.opsuite.inventory.catalog.infrastructure.persistence;

import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.inventory.catalog.application.port.out.LocationStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class LocationRepository implements PanacheRepositoryBase<LocationEntity, UUID>, LocationStore {

    /** Location names, for a note search's free text; a trigram index on lower(name) carries the like. */
    private static final String NAMED = "select l.id from LocationEntity l where l.tenantId = :tenantId and lower(l.name) like :text"
            + Criteria.LIKE_ESCAPE;

    @Override
    public Uni<Optional<Location>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(LocationRepository::toDomain));
    }

    @Override
    public Uni<Map<UUID, Location>> findAll(String tenantId, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Criteria where = Criteria.forTenant(tenantId).in("id", Set.copyOf(ids));
        return list(where.query(), where.parameters()).map(rows -> rows.stream()
                .map(LocationRepository::toDomain)
                .collect(Collectors.toMap(Location::id, Function.identity())));
    }

    @Override
    public Uni<Page<Location>> search(String tenantId, LocationType type, Boolean active, String text, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("type", type).eq("active", active).containsText(text, "name", "code");
        // The id breaks ties (same name, same instant), so pages neither repeat nor skip rows.
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(LocationRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<List<UUID>> named(String tenantId, String text) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(NAMED, UUID.class)
                .setParameter("tenantId", tenantId).setParameter("text", Criteria.containing(text)).getResultList());
    }

    @Override
    public Uni<Void> add(Location location) {
        LocationEntity e = new LocationEntity();
        e.id = location.id();
        e.tenantId = location.tenantId();
        e.type = location.type();
        e.vehicleId = location.vehicleId();
        e.createdBy = location.envelope().createdBy();
        e.createdAt = location.envelope().createdAt();
        copy(location, e);
        // Flushed at once: a code or vehicle already taken fails inside the use case, and the problem
        // mapping turns the constraint into its rejection (CatalogConstraints).
        return persist(e).call(this::flush).replaceWithVoid();
    }

    @Override
    public Uni<Location> save(Location location) {
        // The entity is already in this session (loaded by find); copying onto it and flushing
        // writes the change and bumps the version, which the caller returns as the ETag.
        return findById(location.id()).invoke(e -> copy(location, e)).call(e -> flush())
                .map(LocationRepository::toDomain);
    }

    private static void copy(Location location, LocationEntity e) {
        e.name = location.name();
        e.code = location.code();
        e.address = location.address();
        e.active = location.active();
        e.updatedBy = location.envelope().updatedBy();
        e.updatedAt = location.envelope().updatedAt();
    }

    static Location toDomain(LocationEntity e) {
        return new Location(Envelopes.of(e.id, e),
                e.type, e.name, e.code, e.address, e.vehicleId, e.active);
    }
}
