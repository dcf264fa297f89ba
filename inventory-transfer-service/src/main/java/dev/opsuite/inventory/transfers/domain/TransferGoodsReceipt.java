package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A transfer goods receipt (TGR): what arrived at the destination against one dispatch note, in
 * good order and damaged. Approval is what counts: it is what updates the note's receipt summary.
 */
public final class TransferGoodsReceipt implements Enveloped {

    private final Envelope envelope;
    private final UUID transferDispatchNoteId;
    private final UUID destinationLocationId;
    private GoodsReceiptStatus status;
    private final List<ReceivedQuantity> items;
    private String approvedBy;
    private Instant approvedAt;

    /**
     * What a receipt is at one moment, as its events tell it: its envelope (identity, tenant, who took it and when,
     * version) and its business. A receipt is never edited; its approval is its only change.
     */
    public record State(Envelope envelope, UUID transferDispatchNoteId, UUID destinationLocationId,
            GoodsReceiptStatus status, List<ReceivedQuantity> items, String approvedBy, Instant approvedAt)
            implements Enveloped {

        public State {
            items = List.copyOf(items);
        }

        public String createdBy() { return envelope.createdBy(); }
        public Instant createdAt() { return envelope.createdAt(); }
    }

    public TransferGoodsReceipt(State s) {
        this.envelope = s.envelope();
        this.transferDispatchNoteId = s.transferDispatchNoteId();
        this.destinationLocationId = s.destinationLocationId();
        this.status = s.status();
        this.items = s.items();
        this.approvedBy = s.approvedBy();
        this.approvedAt = s.approvedAt();
    }

    /** Takes a receipt against {@code note}; approved at once when {@code approve} is set. */
    public static Result<TransferGoodsReceipt> take(UUID id, TransferDispatchNote note, List<ReceivedQuantity> items,
            boolean approve, Outstanding outstanding, String by, Instant now) {
        if (!note.receivable()) {
            return Result.wrongState("note-not-receivable",
                    "Goods can be received only against a dispatched note; note " + note.documentNumber() + " is " + note.status() + ".");
        }
        if (items.isEmpty()) {
            return Result.invalid("no-items", "items", "A goods receipt needs at least one item.");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ReceivedQuantity q = items.get(i);
            if (note.receiptSummary().line(q.productId()).isEmpty()) {
                return Result.invalid("product-not-on-note", "items[" + i + "].productId",
                        "Product " + q.productId() + " is not on note " + note.documentNumber() + ".");
            }
            if (!seen.add(q.productId())) {
                return Result.invalid("duplicate-product", "items[" + i + "].productId", "Product " + q.productId() + " is listed twice.");
            }
            if (q.received().signum() < 0 || q.damaged().signum() < 0 || q.total().signum() == 0) {
                return Result.invalid("non-positive-quantity", "items[" + i + "].receivedQuantity",
                        "Received and damaged quantities cannot be negative, and not both zero.");
            }
        }
        TransferGoodsReceipt receipt = new TransferGoodsReceipt(new State(Envelope.created(id, note.tenantId(), by, now),
                note.id(), note.destinationLocationId(), GoodsReceiptStatus.DRAFT, items, null, null));
        Result<TransferGoodsReceipt> checked = receipt.checkedAgainst(outstanding);
        if (checked instanceof Result.Rejected<TransferGoodsReceipt>) {
            return checked;
        }
        if (approve) {
            receipt.approved(by, now);
        }
        return Result.accepted(receipt, new GoodsReceiptTaken(receipt.state()));
    }

    /** Approves a draft; refused when it would receive more than is still outstanding. */
    public Result<TransferGoodsReceipt> approve(Outstanding outstanding, String by, Instant now) {
        if (status != GoodsReceiptStatus.DRAFT) {
            return Result.wrongState("receipt-not-draft", "Goods receipt " + id() + " is already " + status + ".");
        }
        Result<TransferGoodsReceipt> checked = checkedAgainst(outstanding);
        if (checked instanceof Result.Rejected<TransferGoodsReceipt>) {
            return checked;
        }
        approved(by, now);
        return Result.accepted(this, new GoodsReceiptApproved(state()));
    }

    private void approved(String by, Instant now) {
        status = GoodsReceiptStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
    }

    public State state() {
        return new State(envelope, transferDispatchNoteId, destinationLocationId, status, items, approvedBy, approvedAt);
    }

    private Result<TransferGoodsReceipt> checkedAgainst(Outstanding outstanding) {
        for (int i = 0; i < items.size(); i++) {
            ReceivedQuantity q = items.get(i);
            BigDecimal open = outstanding.of(q.productId());
            if (q.total().compareTo(open) > 0) {
                return Result.invalid("receipt-exceeds-outstanding", "items[" + i + "].receivedQuantity",
                        "Receiving " + q.total().stripTrailingZeros().toPlainString() + " of product " + q.productId()
                                + " but only " + open.stripTrailingZeros().toPlainString() + " is outstanding.");
            }
        }
        return Result.accepted(this);
    }

    public Envelope envelope() { return envelope; }
    public UUID transferDispatchNoteId() { return transferDispatchNoteId; }
    public UUID destinationLocationId() { return destinationLocationId; }
    public GoodsReceiptStatus status() { return status; }
    public List<ReceivedQuantity> items() { return items; }
    public String createdBy() { return envelope.createdBy(); }
    public Instant createdAt() { return envelope.createdAt(); }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
}
