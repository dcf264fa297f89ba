package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer-dispatch-note-dispatched} v1: a note was approved and shipped. The goods left the
 * origin at the costs frozen here (the origin's WAC at dispatch) and are in transit to the
 * destination.
 */
public record TransferDispatchNoteDispatched(
        UUID transferDispatchNoteId,
        String documentNumber,
        UUID originLocationId,
        UUID destinationLocationId,
        Instant dispatchDate,
        List<Item> items,
        Money totalCost,
        Transport transport) {

    public record Item(UUID productId, BigDecimal quantity, BigDecimal unitCost, BigDecimal totalCost) {
    }

    /** Null when the note names no transport. */
    public record Transport(String carrier, UUID vehicleId, UUID tripTicketId, String driverName, String trackingNumber) {
    }
}
