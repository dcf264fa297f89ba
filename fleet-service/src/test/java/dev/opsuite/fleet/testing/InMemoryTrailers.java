package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.application.port.out.TrailerStore;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;

/** Trailers in memory. */
public final class InMemoryTrailers extends InMemoryLookup<Trailer> implements TrailerStore {

    @Override
    public Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page) {
        return records.page(tenantId, t -> (filter.type() == null || t.type() == filter.type())
                && (filter.status() == null || t.status() == filter.status()),
                Comparator.comparing(Trailer::registrationNumber), page);
    }

    @Override
    public Uni<Trailer> add(Trailer trailer) {
        return records.saved(trailer);
    }

    @Override
    public Uni<Trailer> save(Trailer trailer) {
        return add(trailer);
    }
}
