package dev.opsuite.inventory.transfers.infrastructure.events;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.GoodsReceiptCreated;
import dev.opsuite.events.GoodsReceiptUpdated;
import dev.opsuite.events.Money;
import dev.opsuite.events.TransferDispatchNoteCreated;
import dev.opsuite.events.TransferDispatchNoteUpdated;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptApproved;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptTaken;
import dev.opsuite.inventory.transfers.domain.ReceiptProgress;
import dev.opsuite.inventory.transfers.domain.Shipment;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteChanged;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteDispatched;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteDrafted;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.inventory.transfers.domain.TransportDetail;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * How transfers' domain events are announced (seed 001): a note's create, every update and its dispatch; a goods
 * receipt's creation, its approval (an update from draft), and, once approved, the goods-receipt-approved that books
 * it into its note and stock.
 */
@ApplicationScoped
class TransferEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof TransferDispatchNoteDrafted || event instanceof TransferDispatchNoteChanged
                || event instanceof TransferDispatchNoteDispatched || event instanceof GoodsReceiptTaken
                || event instanceof GoodsReceiptApproved;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof TransferDispatchNoteDrafted drafted) {
            return created(drafted.note());
        }
        if (event instanceof TransferDispatchNoteChanged changed) {
            return updated(changed.note(), changed.change());
        }
        if (event instanceof TransferDispatchNoteDispatched dispatched) {
            return dispatched(dispatched.note());
        }
        if (event instanceof GoodsReceiptTaken taken) {
            return taken(taken.receipt());
        }
        if (event instanceof GoodsReceiptApproved approved) {
            return approved(approved.receipt());
        }
        return List.of();
    }

    private static List<Outgoing<?>> created(TransferDispatchNote.State note) {
        Shipment shipment = note.shipment();
        return EventContracts.one(EventCatalog.TRANSFER_DISPATCH_NOTE_CREATED, note.id(), note.tenantId(),
                new TransferDispatchNoteCreated(note.id(), note.documentNumber(), shipment.originLocationId(),
                        shipment.destinationLocationId(), shipment.dispatchDate(), items(shipment)));
    }

    private static List<Outgoing<?>> updated(TransferDispatchNote.State note, TransferDispatchNoteChanged.Change change) {
        Shipment shipment = note.shipment();
        ReceiptProgress receipts = note.receipts();
        return EventContracts.one(EventCatalog.TRANSFER_DISPATCH_NOTE_UPDATED, note.id(), note.tenantId(),
                new TransferDispatchNoteUpdated(note.id(), note.documentNumber(),
                        TransferDispatchNoteUpdated.Change.valueOf(change.name()), note.status().name(),
                        shipment.originLocationId(), shipment.destinationLocationId(), shipment.dispatchDate(), items(shipment),
                        receipts.summary().lines().stream().map(l -> new TransferDispatchNoteUpdated.ReceiptLine(
                                l.productId(), l.dispatched(), l.received(), l.damaged(), l.shortage(), l.outstanding())).toList(),
                        receipts.status() == null ? null : receipts.status().name(),
                        note.envelope().updatedBy(), note.envelope().updatedAt()));
    }

    private static List<Outgoing<?>> dispatched(TransferDispatchNote.State note) {
        Shipment shipment = note.shipment();
        CostDetail cost = note.costDetail();
        TransportDetail t = shipment.transportDetail();
        return EventContracts.one(EventCatalog.TRANSFER_DISPATCH_NOTE_DISPATCHED, note.id(), note.tenantId(),
                new dev.opsuite.events.TransferDispatchNoteDispatched(note.id(), note.documentNumber(),
                        shipment.originLocationId(), shipment.destinationLocationId(), shipment.dispatchDate(),
                        cost.items().stream().map(l -> new dev.opsuite.events.TransferDispatchNoteDispatched.Item(
                                l.productId(), l.quantity(), l.unitCost(), l.totalCost())).toList(),
                        new Money(cost.total(), cost.currency()),
                        t == null ? null : new dev.opsuite.events.TransferDispatchNoteDispatched.Transport(t.carrier(),
                                t.vehicleId(), t.tripTicketId(), t.driverName(), t.trackingNumber())));
    }

    /** Created; and approved too when it was taken approved. */
    private static List<Outgoing<?>> taken(TransferGoodsReceipt.State receipt) {
        List<Outgoing<?>> outgoing = new ArrayList<>(EventContracts.one(EventCatalog.GOODS_RECEIPT_CREATED, receipt.id(),
                receipt.tenantId(), new GoodsReceiptCreated(receipt.id(), receipt.transferDispatchNoteId(),
                        receipt.destinationLocationId(), receipt.status().name(), items(receipt), receipt.createdBy(),
                        receipt.createdAt())));
        if (receipt.status() == GoodsReceiptStatus.APPROVED) {
            outgoing.addAll(bookable(receipt));
        }
        return outgoing;
    }

    /** Updated from draft to approved, then approved. */
    private static List<Outgoing<?>> approved(TransferGoodsReceipt.State receipt) {
        List<Outgoing<?>> outgoing = new ArrayList<>(EventContracts.one(EventCatalog.GOODS_RECEIPT_UPDATED, receipt.id(),
                receipt.tenantId(), new GoodsReceiptUpdated(receipt.id(), receipt.transferDispatchNoteId(),
                        receipt.destinationLocationId(), GoodsReceiptStatus.DRAFT.name(), receipt.status().name(),
                        items(receipt), receipt.approvedBy(), receipt.approvedAt())));
        outgoing.addAll(bookable(receipt));
        return outgoing;
    }

    private static List<Outgoing<?>> bookable(TransferGoodsReceipt.State receipt) {
        return EventContracts.one(EventCatalog.GOODS_RECEIPT_APPROVED, receipt.id(), receipt.tenantId(),
                new dev.opsuite.events.GoodsReceiptApproved(receipt.id(), receipt.transferDispatchNoteId(),
                        receipt.destinationLocationId(), receipt.approvedAt(), items(receipt)));
    }

    private static List<TransferDispatchNoteCreated.Item> items(Shipment shipment) {
        return shipment.detail().stream().map(i -> new TransferDispatchNoteCreated.Item(i.productId(), i.quantity())).toList();
    }

    private static List<dev.opsuite.events.GoodsReceiptApproved.Item> items(TransferGoodsReceipt.State receipt) {
        return receipt.items().stream()
                .map(i -> new dev.opsuite.events.GoodsReceiptApproved.Item(i.productId(), i.received(), i.damaged()))
                .toList();
    }
}
