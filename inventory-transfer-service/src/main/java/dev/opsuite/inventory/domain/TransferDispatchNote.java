package dev.opsuite.inventory.domain;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A transfer dispatch note: what physically ships from an origin location to a destination, and
 * how much of it has arrived. Its receipt summary moves only through approved goods receipts.
 */
public final class TransferDispatchNote {

    private final UUID id;
    private final String tenantId;
    private final String documentNumber;
    private final UUID originLocationId;
    private final UUID destinationLocationId;
    private Instant dispatchDate;
    private NoteStatus status;
    private final List<NoteItem> detail;
    private ReceiptSummary receiptSummary;
    private TransferGoodsReceiptStatus transferGoodsReceiptStatus;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    @SuppressWarnings("java:S107") // a rehydrated aggregate has this many fields
    public TransferDispatchNote(UUID id, String tenantId, String documentNumber, UUID originLocationId,
            UUID destinationLocationId, Instant dispatchDate, NoteStatus status, List<NoteItem> detail,
            ReceiptSummary receiptSummary, TransferGoodsReceiptStatus transferGoodsReceiptStatus, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.documentNumber = documentNumber;
        this.originLocationId = originLocationId;
        this.destinationLocationId = destinationLocationId;
        this.dispatchDate = dispatchDate;
        this.status = status;
        this.detail = List.copyOf(detail);
        this.receiptSummary = receiptSummary;
        this.transferGoodsReceiptStatus = transferGoodsReceiptStatus;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new draft; its receipt summary starts with everything outstanding. */
    public static Result<TransferDispatchNote> draft(UUID id, String tenantId, String documentNumber, UUID origin,
            UUID destination, Instant dispatchDate, List<NoteItem> items, String createdBy, Instant now) {
        if (origin.equals(destination)) {
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
        return Result.accepted(new TransferDispatchNote(id, tenantId, documentNumber, origin, destination, dispatchDate,
                NoteStatus.DRAFT, items, ReceiptSummary.initial(items), null, createdBy, now, createdBy, now, 0));
    }

    /** Approved and shipped: from here on the goods are in transit and can be received. */
    public Result<TransferDispatchNote> dispatch(String by, Instant now) {
        if (status != NoteStatus.DRAFT) {
            return Result.wrongState("note-not-draft", "Only a draft can be dispatched; this note is " + status + ".");
        }
        status = NoteStatus.ACTIVE;
        if (dispatchDate == null) {
            dispatchDate = now;
        }
        touch(by, now);
        return Result.accepted(this);
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
            if (receiptSummary.line(q.productId()).isEmpty()) {
                return Result.invalid("product-not-on-note", "items", "Product " + q.productId() + " is not on note " + documentNumber + ".");
            }
        }
        receiptSummary = receiptSummary.plus(quantities);
        if (receiptSummary.fullyReceived()) {
            status = NoteStatus.FULLY_RECEIVED;
            transferGoodsReceiptStatus = TransferGoodsReceiptStatus.RECEIVED;
        } else {
            status = NoteStatus.RECEIVING;
            transferGoodsReceiptStatus = receiptSummary.anythingReceived() ? TransferGoodsReceiptStatus.PARTIAL : null;
        }
        touch(by, now);
        return Result.accepted(this);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String documentNumber() { return documentNumber; }
    public UUID originLocationId() { return originLocationId; }
    public UUID destinationLocationId() { return destinationLocationId; }
    public Instant dispatchDate() { return dispatchDate; }
    public NoteStatus status() { return status; }
    public List<NoteItem> detail() { return detail; }
    public ReceiptSummary receiptSummary() { return receiptSummary; }
    public TransferGoodsReceiptStatus transferGoodsReceiptStatus() { return transferGoodsReceiptStatus; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
