package dev.opsuite.inventory.application.port.out;

import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Where notes are kept. Every method is scoped to one tenant. */
public interface TransferDispatchNoteStore {

    /** Null when the note does not exist in this tenant. */
    Uni<TransferDispatchNote> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends (receipts against one note queue). */
    Uni<TransferDispatchNote> findForUpdate(String tenantId, UUID id);

    Uni<Page<TransferDispatchNote>> list(String tenantId, PageRequest page);

    Uni<Void> add(TransferDispatchNote note);

    /** Writes the change now and answers the note at its new version. */
    Uni<TransferDispatchNote> save(TransferDispatchNote note);
}
