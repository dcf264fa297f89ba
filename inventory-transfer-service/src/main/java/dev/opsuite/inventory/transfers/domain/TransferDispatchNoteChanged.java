package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A note after one of its changes (seed 001: an event on every update), and which change it was. */
public record TransferDispatchNoteChanged(TransferDispatchNote.State note, Change change) implements DomainEvent {

    /** What changed a note. */
    public enum Change { EDITED, DISPATCHED, RECEIPT_BOOKED, CANCELLED, DELETED, CLOSED_SHORT }

    @Override
    public String tenantId() {
        return note.tenantId();
    }
}
