package dev.opsuite.inventory.transfers.domain;

import java.util.List;

/**
 * How much of a note has arrived (seed 001): its receipt summary, and the goods receipt status derived from it —
 * none yet, PARTIAL, or RECEIVED once everything dispatched is received or written off.
 */
public record ReceiptProgress(ReceiptSummary summary, TransferGoodsReceiptStatus status) {

    /** Nothing received yet of {@code items}: everything is outstanding. */
    static ReceiptProgress initial(List<NoteItem> items) {
        return new ReceiptProgress(ReceiptSummary.initial(items), null);
    }

    /** The progress after an approved goods receipt; quantities of products not on the note are the caller's error. */
    ReceiptProgress plus(List<ReceivedQuantity> quantities) {
        ReceiptSummary next = summary.plus(quantities);
        if (next.fullyReceived()) {
            return new ReceiptProgress(next, TransferGoodsReceiptStatus.RECEIVED);
        }
        return new ReceiptProgress(next, next.anythingReceived() ? TransferGoodsReceiptStatus.PARTIAL : null);
    }

    /** Everything still outstanding becomes short; the goods receipt status stays what it was. */
    ReceiptProgress closedShort() {
        return new ReceiptProgress(summary.closedShort(), status);
    }
}
