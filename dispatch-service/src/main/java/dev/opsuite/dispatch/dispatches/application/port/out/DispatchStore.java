package dev.opsuite.dispatch.dispatches.application.port.out;

import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery.DispatchFilter;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where dispatches and their invoice links are kept. Every method is scoped to one tenant; deleted ones are never found. */
public interface DispatchStore {

    Uni<Optional<Dispatch>> find(String tenantId, UUID id);

    /** Inserts now, so that a unit booked in the window or a used ticket fails inside the use case. */
    Uni<Dispatch> add(Dispatch dispatch);

    /** Writes the change and its invoice links now (a constraint fails here) and answers the dispatch at its new version. */
    Uni<Dispatch> save(Dispatch dispatch);

    Uni<Page<Dispatch>> list(String tenantId, DispatchFilter filter, PageRequest page);

    /** The live dispatches in these statuses (for the at-risk list: a few per unit at most). */
    Uni<List<Dispatch>> inStatus(String tenantId, Set<DispatchStatus> statuses);

    /** Keeps the uploaded proof of delivery (its bytes, type and hash). */
    Uni<Void> keepProof(String tenantId, UUID dispatchId, String mediaType, String fileName, byte[] content, String by,
            Instant at);
}
