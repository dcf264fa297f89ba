package dev.opsuite.inventory.application.port.in;

import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Approves and ships a draft note: Draft to Active. */
public interface DispatchTransferDispatchNoteUseCase {

    /** @param expectedVersion the version the caller saw (If-Match), or null */
    Uni<TransferDispatchNote> dispatch(Actor actor, UUID noteId, Long expectedVersion);
}
