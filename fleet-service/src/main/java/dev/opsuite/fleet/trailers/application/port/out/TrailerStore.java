package dev.opsuite.fleet.trailers.application.port.out;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.kernel.application.TenantLookup;
import io.smallrye.mutiny.Uni;

/** Where trailers are kept. Every method is scoped to one tenant. */
public interface TrailerStore extends TenantLookup<Trailer> {

    Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page);

    Uni<Trailer> add(Trailer trailer);

    /** Writes the change now (the trailer was loaded for update) and answers it at its new version. */
    Uni<Trailer> save(Trailer trailer);
}
