package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.application.port.out.TrailerStore;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.testing.fakes.TenantRecords;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Trailers in memory. */
public final class InMemoryTrailers implements TrailerStore {

    private final TenantRecords<Trailer> trailers = new TenantRecords<>(Trailer::id, Trailer::tenantId);

    public Trailer given(Trailer trailer) {
        return trailers.put(trailer);
    }

    @Override
    public Uni<Optional<Trailer>> find(String tenantId, UUID id) {
        return trailers.find(tenantId, id);
    }

    @Override
    public Uni<Optional<Trailer>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Optional<Trailer>> findForShare(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Map<UUID, Trailer>> findAll(String tenantId, Collection<UUID> ids) {
        return trailers.findAll(tenantId, ids);
    }

    @Override
    public Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page) {
        return trailers.page(tenantId, t -> (filter.type() == null || t.type() == filter.type())
                && (filter.status() == null || t.status() == filter.status()),
                Comparator.comparing(Trailer::registrationNumber), page);
    }

    @Override
    public Uni<Trailer> add(Trailer trailer) {
        return trailers.saved(trailer);
    }

    @Override
    public Uni<Trailer> save(Trailer trailer) {
        return add(trailer);
    }
}
