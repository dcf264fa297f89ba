package dev.opsuite.inventory.transfers.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a note ships (seed 001): from which origin location to which destination, on what dispatch date, the items
 * being dispatched ({@code detail}) and, optionally, how they travel. It is what a draft's edit changes.
 */
public record Shipment(UUID originLocationId, UUID destinationLocationId, Instant dispatchDate, List<NoteItem> detail,
        TransportDetail transportDetail) {

    public Shipment {
        detail = List.copyOf(detail);
    }

    /** This shipment with what {@code edit} gives; null leaves a field as it is. */
    Shipment edited(TransferDispatchNote.Edit edit) {
        return new Shipment(or(edit.originLocationId(), originLocationId),
                or(edit.destinationLocationId(), destinationLocationId), or(edit.dispatchDate(), dispatchDate),
                or(edit.detail(), detail), or(edit.transportDetail(), transportDetail));
    }

    /** Shipped now: the dispatch date is today unless the note named one. */
    Shipment dispatchedAt(Instant now) {
        return dispatchDate != null ? this
                : new Shipment(originLocationId, destinationLocationId, now, detail, transportDetail);
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
