package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.support.domain.DomainEvent;

/** The goods left the origin: the note as dispatched, its cost frozen. */
public record TransferDispatchNoteDispatched(TransferDispatchNote.State note) implements DomainEvent {

    @Override
    public String tenantId() {
        return note.tenantId();
    }
}
