package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer-dispatch-note-updated} v1: a note changed (seed 001: emitted after every update).
 * Carries the note as it now is, and what kind of change it was.
 */
public record TransferDispatchNoteUpdated(
        UUID transferDispatchNoteId,
        String documentNumber,
        Change change,
        String status,
        UUID originLocationId,
        UUID destinationLocationId,
        Instant dispatchDate,
        List<TransferDispatchNoteCreated.Item> items,
        List<ReceiptLine> receiptSummary,
        String transferGoodsReceiptStatus,
        String updatedBy,
        Instant updatedAt) {

    public enum Change { EDITED, DISPATCHED, RECEIPT_BOOKED, CANCELLED, DELETED, CLOSED_SHORT }

    public record ReceiptLine(UUID productId, BigDecimal dispatched, BigDecimal received, BigDecimal damaged,
            BigDecimal shortage, BigDecimal outstanding) {
    }
}
