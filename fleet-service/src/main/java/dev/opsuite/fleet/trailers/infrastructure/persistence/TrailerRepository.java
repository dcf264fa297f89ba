package dev.opsuite.fleet.trailers.infrastructure.persistence;

import dev.opsuite.fleet.kernel.persistence.ReadOnly;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.application.port.out.TrailerStore;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class TrailerRepository implements PanacheRepositoryBase<TrailerEntity, UUID>, TrailerStore {

    private static final String BY_ID = "id = ?1 and tenantId = ?2";

    @Override
    public Uni<Optional<Trailer>> find(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).firstResult().map(TrailerRepository::toOptional);
    }

    @Override
    public Uni<Optional<Trailer>> findForUpdate(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(TrailerRepository::toOptional);
    }

    @Override
    public Uni<Optional<Trailer>> findForShare(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).withLock(LockModeType.PESSIMISTIC_READ).firstResult()
                .map(TrailerRepository::toOptional);
    }

    @Override
    public Uni<Map<UUID, Trailer>> findAll(String tenantId, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Criteria where = Criteria.forTenant(tenantId).in("id", Set.copyOf(ids));
        return ReadOnly.list(getSession(), TrailerEntity.class, where.query(), where.parameters())
                .map(rows -> rows.stream().map(TrailerRepository::toDomain)
                .collect(Collectors.toMap(Trailer::id, Function.identity())));
    }

    @Override
    public Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("type", filter.type()).eq("status", filter.status());
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(TrailerRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Trailer> add(Trailer trailer) {
        TrailerEntity e = new TrailerEntity();
        e.id = trailer.id();
        e.tenantId = trailer.tenantId();
        e.type = trailer.type();
        e.createdBy = trailer.createdBy();
        e.createdAt = trailer.createdAt();
        copy(trailer, e);
        // Flushed at once: a registration number already taken fails inside the use case (FleetConstraints).
        return persist(e).call(this::flush).map(TrailerRepository::toDomain);
    }

    @Override
    public Uni<Trailer> save(Trailer trailer) {
        return findById(trailer.id()).invoke(e -> copy(trailer, e)).call(e -> flush()).map(TrailerRepository::toDomain);
    }

    private static void copy(Trailer t, TrailerEntity e) {
        e.registrationNumber = t.registrationNumber();
        e.make = t.make();
        e.model = t.model();
        e.status = t.status();
        e.updatedBy = t.updatedBy();
        e.updatedAt = t.updatedAt();
    }

    private static Optional<Trailer> toOptional(TrailerEntity e) {
        return Optional.ofNullable(e).map(TrailerRepository::toDomain);
    }

    private static Trailer toDomain(TrailerEntity e) {
        return new Trailer(e.id, e.tenantId, e.registrationNumber, e.type, e.make, e.model, e.status, e.createdBy,
                e.createdAt, e.updatedBy, e.updatedAt, e.version);
    }
}
