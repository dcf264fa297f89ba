package dev.opsuite.fleet.application.port.out;

import dev.opsuite.fleet.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.domain.Trailer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Where trailers are kept. Every method is scoped to one tenant; a missing trailer is null. */
public interface TrailerStore {

    Uni<Trailer> find(String tenantId, UUID id);

    Uni<Trailer> findForUpdate(String tenantId, UUID id);

    Uni<Trailer> findForShare(String tenantId, UUID id);

    Uni<Map<UUID, Trailer>> findAll(String tenantId, Collection<UUID> ids);

    Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page);

    Uni<Trailer> add(Trailer trailer);

    Uni<Trailer> save(Trailer trailer);
}
