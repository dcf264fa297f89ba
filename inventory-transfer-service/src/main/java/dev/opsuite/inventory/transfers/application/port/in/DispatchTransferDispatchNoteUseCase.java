package dev.opsuite.inventory.transfers.application.port.in;

import dev.opsuite.inventory.transfers.domain.Discrepancy;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * A note on the move. Dispatch approves and ships a draft: the goods leave the origin's available
 * stock (refused if there is not enough), the cost freezes at the origin's WAC, and the goods are in
 * transit to the destination. Closing short ends a note whose goods will not all arrive; the rest
 * is recorded as discrepancies.
 */
public interface DispatchTransferDispatchNoteUseCase {

    /** @param expectedVersion the version the caller saw (If-Match), or null */
    Uni<TransferDispatchNote> dispatch(Actor actor, UUID noteId, Long expectedVersion);

    record ClosedShort(TransferDispatchNote note, List<Discrepancy> discrepancies) {
    }

    Uni<ClosedShort> closeShort(Actor actor, UUID noteId, Long expectedVersion, String reason);
}
