package dev.opsuite.inventory.transfers.application.port.in;

import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransportDetail;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Drafts a transfer dispatch note with a generated document number; emits transfer-dispatch-note-created. */
public interface CreateTransferDispatchNoteUseCase {

    record CreateTransferDispatchNoteCommand(Actor actor, UUID originLocationId, UUID destinationLocationId,
            Instant dispatchDate, List<NoteItem> detail, TransportDetail transportDetail) {
    }

    Uni<TransferDispatchNote> create(CreateTransferDispatchNoteCommand command);
}
