package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.application.port.out.TrailerStore;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Trailers in memory. */
public final class InMemoryTrailers implements TrailerStore {

    private final Map<UUID, Trailer> trailers = new LinkedHashMap<>();

    public Trailer given(Trailer trailer) {
        trailers.put(trailer.id(), trailer);
        return trailer;
    }

    @Override
    public Uni<Optional<Trailer>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(trailers.get(id)).filter(t -> t.tenantId().equals(tenantId)));
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
        Map<UUID, Trailer> found = new HashMap<>();
        ids.forEach(id -> Optional.ofNullable(trailers.get(id)).filter(t -> t.tenantId().equals(tenantId))
                .ifPresent(t -> found.put(id, t)));
        return Uni.createFrom().item(found);
    }

    @Override
    public Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page) {
        List<Trailer> matching = trailers.values().stream()
                .filter(t -> t.tenantId().equals(tenantId))
                .filter(t -> filter.type() == null || t.type() == filter.type())
                .filter(t -> filter.status() == null || t.status() == filter.status())
                .sorted(Comparator.comparing(Trailer::registrationNumber))
                .toList();
        return Uni.createFrom().item(Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page,
                matching.size()));
    }

    @Override
    public Uni<Trailer> add(Trailer trailer) {
        trailers.put(trailer.id(), trailer);
        return Uni.createFrom().item(trailer);
    }

    @Override
    public Uni<Trailer> save(Trailer trailer) {
        return add(trailer);
    }
}
