package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A new draft note, as it was made (seed 001: an event on create). */
public record TransferDispatchNoteDrafted(TransferDispatchNote.State note) implements DomainEvent {

    @Override
    public String tenantId() {
        return note.tenantId();
    }
}
