package dev.opsuite.events;

import java.util.List;
import java.util.Optional;

/** Every published event type and version of the suite. */
public final class EventCatalog {

    public static final EventContract<TransferDispatchNoteCreated> TRANSFER_DISPATCH_NOTE_CREATED =
            new EventContract<>("transfer-dispatch-note-created", 1, TransferDispatchNoteCreated.class,
                    Topics.TRANSFER_DISPATCH_NOTE);

    public static final EventContract<GoodsReceiptApproved> GOODS_RECEIPT_APPROVED =
            new EventContract<>("goods-receipt-approved", 1, GoodsReceiptApproved.class,
                    Topics.TRANSFER_GOODS_RECEIPT);

    public static final EventContract<InvoiceIssued> INVOICE_ISSUED =
            new EventContract<>("invoice-issued", 1, InvoiceIssued.class, Topics.INVOICE);

    public static final List<EventContract<?>> ALL = List.of(
            TRANSFER_DISPATCH_NOTE_CREATED, GOODS_RECEIPT_APPROVED, INVOICE_ISSUED);

    public static Optional<EventContract<?>> find(String type, int version) {
        return ALL.stream().filter(c -> c.type().equals(type) && c.version() == version).findFirst();
    }

    private EventCatalog() {
    }
}
