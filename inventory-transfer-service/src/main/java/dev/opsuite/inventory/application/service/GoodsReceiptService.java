package dev.opsuite.inventory.application.service;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.GoodsReceiptApproved;
import dev.opsuite.inventory.application.port.in.ApproveGoodsReceiptUseCase;
import dev.opsuite.inventory.application.port.in.TakeGoodsReceiptUseCase;
import dev.opsuite.inventory.application.port.in.UpdateReceiptSummaryUseCase;
import dev.opsuite.inventory.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.domain.Outstanding;
import dev.opsuite.inventory.domain.ReceivedQuantity;
import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.inventory.domain.TransferGoodsReceipt;
import dev.opsuite.support.outbox.Outbox;
import dev.opsuite.support.problem.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
class GoodsReceiptService implements TakeGoodsReceiptUseCase, ApproveGoodsReceiptUseCase, UpdateReceiptSummaryUseCase {

    private static final Logger LOG = Logger.getLogger(GoodsReceiptService.class);
    static final String SYSTEM_USER = "system:goods-receipt-events";

    private final TransferDispatchNoteStore notes;
    private final GoodsReceiptStore receipts;
    private final Outbox outbox;
    private final Clock clock;

    GoodsReceiptService(TransferDispatchNoteStore notes, GoodsReceiptStore receipts, Outbox outbox, Clock clock) {
        this.notes = notes;
        this.receipts = receipts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<TransferGoodsReceipt> take(TakeGoodsReceiptCommand command) {
        Actor actor = command.actor();
        // The note's row lock makes receipts against one note queue, so two cannot both take the last units.
        return lockNote(actor.tenantId(), command.transferDispatchNoteId(), "transferDispatchNoteId")
                .chain(note -> receipts.approvedQuantities(actor.tenantId(), note.id())
                        .map(approved -> Rejection.orThrow(TransferGoodsReceipt.take(UUID.randomUUID(), note,
                                command.items(), command.approve(), Outstanding.of(note.detail(), approved),
                                actor.userId(), clock.instant()))))
                .call(receipts::add)
                .call(this::announceIfApproved);
    }

    @Override
    @WithTransaction
    public Uni<TransferGoodsReceipt> approve(Actor actor, UUID goodsReceiptId) {
        return receipts.find(actor.tenantId(), goodsReceiptId)
                .chain(receipt -> {
                    Rejection.found(receipt, "transfer-goods-receipt", goodsReceiptId);
                    return lockNote(actor.tenantId(), receipt.transferDispatchNoteId(), null)
                            .chain(note -> receipts.approvedQuantities(actor.tenantId(), note.id())
                                    .map(approved -> Rejection.orThrow(receipt.approve(
                                            Outstanding.of(note.detail(), approved), actor.userId(), clock.instant()))));
                })
                .chain(receipts::save)
                .call(this::announceIfApproved);
    }

    @Override
    public Uni<Void> apply(String tenantId, GoodsReceiptApproved event) {
        return notes.findForUpdate(tenantId, event.transferDispatchNoteId())
                .chain(note -> {
                    if (note == null) {
                        // Not ours to fix by retrying: record it and move on.
                        LOG.warnf("goods receipt %s names unknown note %s", event.goodsReceiptId(), event.transferDispatchNoteId());
                        return Uni.createFrom().voidItem();
                    }
                    var quantities = event.items().stream()
                            .map(i -> new ReceivedQuantity(i.productId(), i.receivedQuantity(), i.damagedQuantity()))
                            .toList();
                    TransferDispatchNote updated = Rejection.orThrow(note.applyReceipt(quantities, SYSTEM_USER, clock.instant()));
                    return notes.save(updated).replaceWithVoid();
                });
    }

    private Uni<TransferDispatchNote> lockNote(String tenantId, UUID noteId, String field) {
        return notes.findForUpdate(tenantId, noteId).map(note -> {
            if (note == null) {
                Rejection missing = Rejection.notFound("transfer-dispatch-note", noteId);
                throw (field == null ? missing
                        : Rejection.unprocessable("transfer-dispatch-note-not-found", field, missing.detail())).toException();
            }
            return note;
        });
    }

    private Uni<Void> announceIfApproved(TransferGoodsReceipt receipt) {
        if (receipt.status() != GoodsReceiptStatus.APPROVED) {
            return Uni.createFrom().voidItem();
        }
        return outbox.append(EventCatalog.GOODS_RECEIPT_APPROVED, receipt.id(), receipt.tenantId(),
                new GoodsReceiptApproved(receipt.id(), receipt.transferDispatchNoteId(), receipt.destinationLocationId(),
                        receipt.approvedAt(), receipt.items().stream()
                                .map(i -> new GoodsReceiptApproved.Item(i.productId(), i.received(), i.damaged()))
                                .toList()))
                .replaceWithVoid();
    }
}
