package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.inventory.kernel.Costing;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;

import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteChanged.Change;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A transfer dispatch note: what physically ships from an origin location to a destination, what
 * it is worth, and how much of it has arrived. Only a draft is edited or deleted; dispatch freezes
 * its cost; its receipt summary moves only through approved goods receipts.
 */
public final class TransferDispatchNote implements Enveloped {

    private Envelope envelope;
    private final String documentNumber;
    private NoteStatus status;
    private Shipment shipment;
    private CostDetail costDetail;
    private ReceiptProgress receipts;
    private String closingReason;
    private Deletion deletion;

    /**
     * Everything a stored note is made of: its envelope (identity, audit, version) and its business — what it ships,
     * its frozen cost once dispatched, how much has arrived, why it was closed short, and its soft deletion.
     */
    public record State(Envelope envelope, String documentNumber, NoteStatus status, Shipment shipment,
            CostDetail costDetail, ReceiptProgress receipts, String closingReason, Deletion deletion)
            implements Enveloped {

        public boolean deleted() { return deletion != null; }
    }

    public TransferDispatchNote(State s) {
        this.envelope = s.envelope();
        this.documentNumber = s.documentNumber();
        this.status = s.status();
        this.shipment = s.shipment();
        this.costDetail = s.costDetail();
        this.receipts = s.receipts();
        this.closingReason = s.closingReason();
        this.deletion = s.deletion();
    }

    /** A new draft; its receipt summary starts with everything outstanding, its cost follows the WAC until dispatch. */
    public static Result<TransferDispatchNote> draft(Envelope envelope, String documentNumber, Shipment shipment) {
        Result<TransferDispatchNote> invalid = validate(shipment);
        if (invalid != null) {
            return invalid;
        }
        TransferDispatchNote note = new TransferDispatchNote(new State(envelope, documentNumber, NoteStatus.DRAFT, shipment,
                null, ReceiptProgress.initial(shipment.detail()), null, null));
        return Result.accepted(note, new TransferDispatchNoteDrafted(note.state()));
    }

    /** A draft's editable fields; null leaves a field as it is. */
    public record Edit(UUID originLocationId, UUID destinationLocationId, Instant dispatchDate, List<NoteItem> detail,
            TransportDetail transportDetail) {
    }

    public Result<TransferDispatchNote> edit(Edit edit, String by, Instant now) {
        if (status != NoteStatus.DRAFT) {
            return Result.wrongState("note-not-draft", "Only a draft can be edited; note " + documentNumber + " is " + status + ".");
        }
        Shipment edited = shipment.edited(edit);
        Result<TransferDispatchNote> invalid = validate(edited);
        if (invalid != null) {
            return invalid;
        }
        shipment = edited;
        receipts = ReceiptProgress.initial(edited.detail());
        touch(by, now);
        return Result.accepted(this, changed(Change.EDITED));
    }

    /** A draft that will not ship. It stays on record as CANCELLED. */
    public Result<TransferDispatchNote> cancel(String by, Instant now) {
        if (status != NoteStatus.DRAFT) {
            return Result.wrongState("note-not-draft", "Only a draft can be cancelled; note " + documentNumber + " is " + status + ".");
        }
        status = NoteStatus.CANCELLED;
        touch(by, now);
        return Result.accepted(this, changed(Change.CANCELLED));
    }

    /** Soft delete of a draft: it leaves every list but the row stays for the audit trail. */
    public Result<TransferDispatchNote> delete(String by, Instant now) {
        if (status != NoteStatus.DRAFT) {
            return Result.wrongState("note-not-draft", "Only a draft can be deleted; note " + documentNumber + " is " + status + ".");
        }
        deletion = new Deletion(by, now);
        touch(by, now);
        return Result.accepted(this, changed(Change.DELETED));
    }

    /**
     * Approved and shipped: the goods have left the origin and are in transit, and the note's cost
     * is frozen at {@code frozenCost} (the origin's WAC at this moment).
     */
    public Result<TransferDispatchNote> dispatch(CostDetail frozenCost, String by, Instant now) {
        if (status != NoteStatus.DRAFT) {
            return Result.wrongState("note-not-draft", "Only a draft can be dispatched; note " + documentNumber + " is " + status + ".");
        }
        status = NoteStatus.ACTIVE;
        costDetail = frozenCost;
        shipment = shipment.dispatchedAt(now);
        touch(by, now);
        return Result.accepted(this, changed(Change.DISPATCHED), new TransferDispatchNoteDispatched(state()));
    }

    /** Can a goods receipt be taken against this note now? */
    public boolean receivable() {
        return status == NoteStatus.ACTIVE || status == NoteStatus.RECEIVING;
    }

    /**
     * Books an approved goods receipt into the receipt summary (seed: updated from Transfer Goods
     * Receipt events). PARTIAL until everything dispatched is received or written off, then RECEIVED.
     */
    public Result<TransferDispatchNote> applyReceipt(List<ReceivedQuantity> quantities, String by, Instant now) {
        if (!receivable()) {
            return Result.wrongState("note-not-receivable", "Goods cannot be received against a note in status " + status + ".");
        }
        for (ReceivedQuantity q : quantities) {
            if (receiptSummary().line(q.productId()).isEmpty()) {
                return Result.invalid("product-not-on-note", "items", "Product " + q.productId() + " is not on note " + documentNumber + ".");
            }
        }
        receipts = receipts.plus(quantities);
        status = receiptSummary().fullyReceived() ? NoteStatus.FULLY_RECEIVED : NoteStatus.RECEIVING;
        touch(by, now);
        return Result.accepted(this, changed(Change.RECEIPT_BOOKED));
    }

    /**
     * A manager closes a note whose goods will not all arrive: what is outstanding becomes short and
     * is answered as discrepancies, valued at the frozen cost. Refused while an approved receipt is
     * not booked yet ({@code receiptsPending}: its event is still on its way into the summary), so a
     * late receipt can never land on a closed note.
     */
    public Result<List<Discrepancy>> closeShort(String reason, boolean receiptsPending, String by, Instant now) {
        if (!receivable()) {
            return Result.wrongState("note-not-receivable", "Only a dispatched note that is not fully received can be closed short; note "
                    + documentNumber + " is " + status + ".");
        }
        if (reason == null || reason.isBlank()) {
            return Result.invalid("reason-required", "reason", "Say why the rest of the goods will not arrive.");
        }
        if (receiptsPending) {
            return Result.wrongState("receipts-pending", "An approved goods receipt is still being booked into note "
                    + documentNumber + "; try again in a moment.");
        }
        List<Discrepancy> discrepancies = new ArrayList<>();
        for (ReceiptLine line : receiptSummary().lines()) {
            if (line.outstanding().signum() > 0) {
                BigDecimal cost = costDetail.unitCostOf(line.productId());
                discrepancies.add(new Discrepancy(line.productId(), line.outstanding(), cost, Costing.value(line.outstanding(), cost)));
            }
        }
        receipts = receipts.closedShort();
        status = NoteStatus.CLOSED_SHORT;
        closingReason = reason.strip();
        touch(by, now);
        return Result.accepted(List.copyOf(discrepancies), changed(Change.CLOSED_SHORT));
    }

    private static Result<TransferDispatchNote> validate(Shipment shipment) {
        List<NoteItem> items = shipment.detail();
        if (shipment.originLocationId().equals(shipment.destinationLocationId())) {
            return Result.invalid("same-origin-and-destination", "destinationLocationId",
                    "Origin and destination must be different locations.");
        }
        if (items.isEmpty()) {
            return Result.invalid("no-items", "detail", "A dispatch note needs at least one item.");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            NoteItem item = items.get(i);
            if (item.quantity().signum() <= 0) {
                return Result.invalid("non-positive-quantity", "detail[" + i + "].quantity", "Quantities must be positive.");
            }
            if (!seen.add(item.productId())) {
                return Result.invalid("duplicate-product", "detail[" + i + "].productId",
                        "Product " + item.productId() + " is listed twice; put its whole quantity on one line.");
            }
        }
        return null;
    }

    private TransferDispatchNoteChanged changed(Change change) {
        return new TransferDispatchNoteChanged(state(), change);
    }

    private void touch(String by, Instant now) {
        envelope = envelope.touched(by, now);
    }

    public State state() {
        return new State(envelope, documentNumber, status, shipment, costDetail, receipts, closingReason, deletion);
    }

    public String documentNumber() { return documentNumber; }
    public Shipment shipment() { return shipment; }
    public UUID originLocationId() { return shipment.originLocationId(); }
    public UUID destinationLocationId() { return shipment.destinationLocationId(); }
    public Instant dispatchDate() { return shipment.dispatchDate(); }
    public NoteStatus status() { return status; }
    public List<NoteItem> detail() { return shipment.detail(); }
    /** The frozen cost once dispatched; null while a draft (its cost follows the WAC). */
    public CostDetail costDetail() { return costDetail; }
    public ReceiptSummary receiptSummary() { return receipts.summary(); }
    public TransferGoodsReceiptStatus transferGoodsReceiptStatus() { return receipts.status(); }
    public TransportDetail transportDetail() { return shipment.transportDetail(); }
    public String closingReason() { return closingReason; }
    public String createdBy() { return envelope.createdBy(); }
    public Instant createdAt() { return envelope.createdAt(); }
    public String updatedBy() { return envelope.updatedBy(); }
    public Instant updatedAt() { return envelope.updatedAt(); }
    public String deletedBy() { return deletion == null ? null : deletion.by(); }
    public Instant deletedAt() { return deletion == null ? null : deletion.at(); }
    public boolean deleted() { return deletion != null; }
    public Envelope envelope() { return envelope; }
}
