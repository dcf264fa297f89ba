package dev.opsuite.inventory.transfers.application.service;

import dev.opsuite.inventory.transfers.domain.ReceiptLine;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.Money;
import dev.opsuite.events.TransferDispatchNoteCreated;
import dev.opsuite.events.TransferDispatchNoteDispatched;
import dev.opsuite.events.TransferDispatchNoteUpdated;
import dev.opsuite.events.TransferDispatchNoteUpdated.Change;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransportDetail;
import dev.opsuite.support.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The note's events (seed 001: emitted on create and on every update; and on dispatch), through the outbox. */
@ApplicationScoped
class NoteEvents {

    private final Outbox outbox;

    NoteEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<?> created(TransferDispatchNote note) {
        return outbox.append(EventCatalog.TRANSFER_DISPATCH_NOTE_CREATED, note.id(), note.tenantId(),
                new TransferDispatchNoteCreated(note.id(), note.documentNumber(), note.originLocationId(),
                        note.destinationLocationId(), note.dispatchDate(), items(note)));
    }

    Uni<?> updated(TransferDispatchNote note, Change change) {
        return outbox.append(EventCatalog.TRANSFER_DISPATCH_NOTE_UPDATED, note.id(), note.tenantId(),
                new TransferDispatchNoteUpdated(note.id(), note.documentNumber(), change, note.status().name(),
                        note.originLocationId(), note.destinationLocationId(), note.dispatchDate(), items(note),
                        note.receiptSummary().lines().stream().map(l -> new TransferDispatchNoteUpdated.ReceiptLine(
                                l.productId(), l.dispatched(), l.received(), l.damaged(), l.shortage(), l.outstanding())).toList(),
                        note.transferGoodsReceiptStatus() == null ? null : note.transferGoodsReceiptStatus().name(),
                        note.updatedBy(), note.updatedAt()));
    }

    Uni<?> dispatched(TransferDispatchNote note) {
        CostDetail cost = note.costDetail();
        TransportDetail t = note.transportDetail();
        return outbox.append(EventCatalog.TRANSFER_DISPATCH_NOTE_DISPATCHED, note.id(), note.tenantId(),
                new TransferDispatchNoteDispatched(note.id(), note.documentNumber(), note.originLocationId(),
                        note.destinationLocationId(), note.dispatchDate(),
                        cost.items().stream().map(l -> new TransferDispatchNoteDispatched.Item(l.productId(), l.quantity(),
                                l.unitCost(), l.totalCost())).toList(),
                        new Money(cost.total(), cost.currency()),
                        t == null ? null : new TransferDispatchNoteDispatched.Transport(t.carrier(), t.vehicleId(),
                                t.tripTicketId(), t.driverName(), t.trackingNumber())));
    }

    private static List<TransferDispatchNoteCreated.Item> items(TransferDispatchNote note) {
        return note.detail().stream().map(i -> new TransferDispatchNoteCreated.Item(i.productId(), i.quantity())).toList();
    }
}
