package dev.opsuite.inventory.transfers.application.port.out;

import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.Filter;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/** Where notes are kept. Every method is scoped to one tenant; deleted notes are never found. */
public interface TransferDispatchNoteStore {

    /** Empty when the note does not exist in this tenant (or was deleted). */
    Uni<Optional<TransferDispatchNote>> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends (receipts against one note queue). */
    Uni<Optional<TransferDispatchNote>> findForUpdate(String tenantId, UUID id);

    /**
     * The notes matching {@code filter}; its free text matches the document number, or an origin or destination
     * among {@code namedLocations} (the locations whose name contains the text: the catalog's answer).
     */
    Uni<Page<TransferDispatchNote>> search(String tenantId, Filter filter, Collection<UUID> namedLocations, PageRequest page);

    Uni<Void> add(TransferDispatchNote note);

    /** Writes the change now and answers the note at its new version. */
    Uni<TransferDispatchNote> save(TransferDispatchNote note);
}
