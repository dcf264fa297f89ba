package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code transfer-dispatch-note-created} v1: a transfer dispatch note was drafted. */
public record TransferDispatchNoteCreated(
        UUID transferDispatchNoteId,
        String documentNumber,
        UUID originLocationId,
        UUID destinationLocationId,
        Instant dispatchDate,
        List<Item> items) {

    public record Item(UUID productId, BigDecimal quantity) {
    }
}
