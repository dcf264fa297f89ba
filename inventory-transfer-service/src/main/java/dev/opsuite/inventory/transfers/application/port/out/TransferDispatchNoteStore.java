package dev.opsuite.inventory.transfers.application.port.out;

import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Set;
import java.util.UUID;

/** Where notes are kept. Every method is scoped to one tenant; deleted notes are never found. */
public interface TransferDispatchNoteStore {

    /**
     * The search filters of seed 001; every one is optional (null or empty). {@code businessId}
     * narrows within the caller's tenant (another business's id finds nothing); {@code text} matches
     * the origin's or destination's name, or the document number.
     */
    record Filter(String businessId, Set<NoteStatus> statuses, UUID originLocationId, UUID destinationLocationId,
            DateRange createdAt, DateRange dispatchDate, String text) {

        public static final Filter NONE = new Filter(null, Set.of(), null, null, null, null, null);
    }

    /** Null when the note does not exist in this tenant (or was deleted). */
    Uni<TransferDispatchNote> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends (receipts against one note queue). */
    Uni<TransferDispatchNote> findForUpdate(String tenantId, UUID id);

    Uni<Page<TransferDispatchNote>> search(String tenantId, Filter filter, PageRequest page);

    Uni<Void> add(TransferDispatchNote note);

    /** Writes the change now and answers the note at its new version. */
    Uni<TransferDispatchNote> save(TransferDispatchNote note);
}
