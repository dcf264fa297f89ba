package dev.opsuite.fleet.fines.application.port.out;

import dev.opsuite.fleet.fines.application.port.in.FindFinesQuery.FineFilter;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Where fines are kept. Every method is scoped to one tenant. */
public interface FineStore {

    /** Null when the fine does not exist in this tenant. */
    Uni<Optional<Fine>> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends: two attributions of one fine queue. */
    Uni<Optional<Fine>> findForUpdate(String tenantId, UUID id);

    Uni<Page<Fine>> list(String tenantId, FineFilter filter, PageRequest page);

    /** Inserts now, so that a letter recorded twice fails inside the use case. */
    Uni<Fine> add(Fine fine);

    /** Writes the change now and answers the fine at its new version. */
    Uni<Fine> save(Fine fine);
}
