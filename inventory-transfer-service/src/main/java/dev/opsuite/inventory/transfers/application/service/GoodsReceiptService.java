package dev.opsuite.inventory.transfers.application.service;

import dev.opsuite.inventory.stock.application.port.in.MoveStockUseCase;

import dev.opsuite.inventory.transfers.application.port.in.ApproveGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.application.port.in.BookGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.application.port.in.TakeGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.transfers.domain.Outstanding;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class GoodsReceiptService implements TakeGoodsReceiptUseCase, ApproveGoodsReceiptUseCase, BookGoodsReceiptUseCase {

    private static final Logger LOG = Logger.getLogger(GoodsReceiptService.class);
    static final String SYSTEM_USER = "system:goods-receipt-events";
    private static final String RECEIPT = "transfer-goods-receipt";
    private static final String NOTE = "transfer-dispatch-note";

    private final TransferDispatchNoteStore notes;
    private final GoodsReceiptStore receipts;
    private final MoveStockUseCase stock;
    private final EventPublisher events;
    private final Clock clock;

    public GoodsReceiptService(TransferDispatchNoteStore notes, GoodsReceiptStore receipts, MoveStockUseCase stock,
            EventPublisher events, Clock clock) {
        this.notes = notes;
        this.receipts = receipts;
        this.stock = stock;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<TransferGoodsReceipt> take(TakeGoodsReceiptCommand command) {
        Actor actor = command.actor();
        // The note's row lock makes receipts against one note queue, so two cannot both take the last units.
        return notes.findForUpdate(actor.tenantId(), command.transferDispatchNoteId())
                .map(found -> found.orElseThrow(() -> Rejection.unprocessable("transfer-dispatch-note-not-found",
                        "transferDispatchNoteId", "No transfer dispatch note " + command.transferDispatchNoteId() + ".")
                        .toException()))
                .chain(note -> receipts.approvedQuantities(actor.tenantId(), note.id())
                        .map(approved -> Rejection.accepted(TransferGoodsReceipt.take(UUID.randomUUID(), note,
                                command.items(), command.approve(), Outstanding.of(note.detail(), approved),
                                actor.userId(), clock.instant()))))
                .call(taken -> receipts.add(taken.value()))
                .call(taken -> events.publish(taken.events()))
                .map(Result.Accepted::value);
    }

    @Override
    @WithTransaction
    public Uni<TransferGoodsReceipt> approve(Actor actor, UUID goodsReceiptId) {
        return receipts.find(actor.tenantId(), goodsReceiptId)
                .map(found -> found.orElseThrow(Rejection.missing(RECEIPT, goodsReceiptId)))
                .chain(receipt -> noteForUpdate(actor.tenantId(), receipt)
                        .chain(note -> receipts.approvedQuantities(actor.tenantId(), note.id())
                                .map(approved -> Rejection.accepted(receipt.approve(
                                        Outstanding.of(note.detail(), approved), actor.userId(), clock.instant())))))
                .chain(approved -> receipts.save(approved.value()).call(() -> events.publish(approved.events())));
    }

    @Override
    public Uni<Void> book(String tenantId, UUID goodsReceiptId) {
        Instant now = clock.instant();
        return receipts.find(tenantId, goodsReceiptId).chain(found -> {
            // A receipt and its event commit together, so no retry will make a missing one known: dead-letter it.
            TransferGoodsReceipt receipt = found.orElseThrow(Rejection.missing(RECEIPT, goodsReceiptId));
            if (receipt.status() != GoodsReceiptStatus.APPROVED) {
                // Its approval publishes an event of its own, which books it then.
                return Uni.createFrom().voidItem();
            }
            // The note's row lock first, as for taking and approving receipts: bookings of one note queue.
            return noteForUpdate(tenantId, receipt)
                    .chain(note -> receipts.markBooked(receipt, now)
                            .chain(first -> first ? bookInto(note, receipt, now) : alreadyBooked(receipt)));
        });
    }

    private Uni<TransferDispatchNote> noteForUpdate(String tenantId, TransferGoodsReceipt receipt) {
        return notes.findForUpdate(tenantId, receipt.transferDispatchNoteId())
                .map(found -> found.orElseThrow(Rejection.missing(NOTE, receipt.transferDispatchNoteId())));
    }

    private Uni<Void> bookInto(TransferDispatchNote note, TransferGoodsReceipt receipt, Instant now) {
        Result.Accepted<TransferDispatchNote> booked = Rejection.accepted(note.applyReceipt(receipt.items(), SYSTEM_USER, now));
        return arrive(note.tenantId(), receipt, booked.value().costDetail(), now)
                .chain(() -> notes.save(booked.value()))
                .chain(() -> events.publish(booked.events()));
    }

    private static Uni<Void> alreadyBooked(TransferGoodsReceipt receipt) {
        LOG.debugf("goods receipt %s is booked already", receipt.id());
        return Uni.createFrom().voidItem();
    }

    /** Received goods enter the destination at the note's frozen cost (moving its WAC); damaged ones are written off. */
    private Uni<List<StockMovement>> arrive(String tenantId, TransferGoodsReceipt receipt, CostDetail frozen, Instant now) {
        StockReference reference = StockReference.of(StockReference.TRANSFER_GOODS_RECEIPT, receipt.id());
        UUID destination = receipt.destinationLocationId();
        List<StockKey> keys = receipt.items().stream().map(q -> new StockKey(destination, q.productId())).toList();
        return stock.move(tenantId, keys, levels -> {
            List<StockMovement> movements = new ArrayList<>();
            for (ReceivedQuantity q : receipt.items()) {
                StockLevel level = levels.get(new StockKey(destination, q.productId()));
                var cost = frozen.unitCostOf(q.productId());
                if (q.received().signum() > 0) {
                    movements.add(level.receive(q.received(), cost, reference, SYSTEM_USER, now));
                }
                if (q.damaged().signum() > 0) {
                    movements.add(level.writeOffInTransit(MovementKind.TRANSFER_DAMAGE_WRITE_OFF, q.damaged(), cost,
                            "Arrived damaged", reference, SYSTEM_USER, now));
                }
            }
            return movements;
        });
    }
}
