package dev.opsuite.inventory.transfers.application.port.in;

import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * What may happen to a draft: edited, cancelled (kept as CANCELLED) or deleted (soft). Each emits
 * transfer-dispatch-note-updated. {@code expectedVersion} is the caller's If-Match, or null.
 */
public interface EditTransferDispatchNoteUseCase {

    Uni<TransferDispatchNote> edit(Actor actor, UUID noteId, Long expectedVersion, TransferDispatchNote.Edit edit);

    Uni<TransferDispatchNote> cancel(Actor actor, UUID noteId, Long expectedVersion);

    Uni<Void> delete(Actor actor, UUID noteId, Long expectedVersion);
}
