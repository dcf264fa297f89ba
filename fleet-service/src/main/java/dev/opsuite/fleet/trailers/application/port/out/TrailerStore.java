package dev.opsuite.fleet.trailers.application.port.out;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where trailers are kept. Every method is scoped to one tenant. */
public interface TrailerStore {

    Uni<Optional<Trailer>> find(String tenantId, UUID id);

    /** Holding a row lock until the transaction ends: changes of one trailer and its documents queue. */
    Uni<Optional<Trailer>> findForUpdate(String tenantId, UUID id);

    /** Holding a shared lock: the trailer cannot change until a unit formed with it commits. */
    Uni<Optional<Trailer>> findForShare(String tenantId, UUID id);

    /** Read-only: nothing of them is written back. */
    Uni<Map<UUID, Trailer>> findAll(String tenantId, Collection<UUID> ids);

    Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page);

    Uni<Trailer> add(Trailer trailer);

    /** Writes the change now (the trailer was loaded for update) and answers it at its new version. */
    Uni<Trailer> save(Trailer trailer);
}
