package dev.opsuite.inventory.application.service;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.TransferDispatchNoteCreated;
import dev.opsuite.inventory.application.port.in.CreateTransferDispatchNoteUseCase;
import dev.opsuite.inventory.application.port.in.DispatchTransferDispatchNoteUseCase;
import dev.opsuite.inventory.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.inventory.domain.TransferGoodsReceipt;
import dev.opsuite.support.numbering.DocumentNumbers;
import dev.opsuite.support.outbox.Outbox;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.problem.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
class TransferDispatchNoteService implements CreateTransferDispatchNoteUseCase, DispatchTransferDispatchNoteUseCase,
        FindTransferDispatchNotesQuery {

    static final String DOCUMENT_PREFIX = "TDN";

    private final TransferDispatchNoteStore notes;
    private final GoodsReceiptStore receipts;
    private final DocumentNumbers documentNumbers;
    private final Outbox outbox;
    private final Clock clock;

    TransferDispatchNoteService(TransferDispatchNoteStore notes, GoodsReceiptStore receipts,
            DocumentNumbers documentNumbers, Outbox outbox, Clock clock) {
        this.notes = notes;
        this.receipts = receipts;
        this.documentNumbers = documentNumbers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<TransferDispatchNote> create(CreateTransferDispatchNoteCommand command) {
        Instant now = clock.instant();
        Actor actor = command.actor();
        return documentNumbers.next(actor.tenantId(), DOCUMENT_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                .map(number -> Rejection.orThrow(TransferDispatchNote.draft(UUID.randomUUID(), actor.tenantId(), number,
                        command.originLocationId(), command.destinationLocationId(), command.dispatchDate(),
                        command.detail(), actor.userId(), now)))
                .call(notes::add)
                .call(note -> outbox.append(EventCatalog.TRANSFER_DISPATCH_NOTE_CREATED, note.id(), note.tenantId(),
                        new TransferDispatchNoteCreated(note.id(), note.documentNumber(), note.originLocationId(),
                                note.destinationLocationId(), note.dispatchDate(),
                                note.detail().stream()
                                        .map(i -> new TransferDispatchNoteCreated.Item(i.productId(), i.quantity()))
                                        .toList())));
    }

    @Override
    @WithTransaction
    public Uni<TransferDispatchNote> dispatch(Actor actor, UUID noteId, Long expectedVersion) {
        return notes.findForUpdate(actor.tenantId(), noteId)
                .map(note -> {
                    Rejection.found(note, "transfer-dispatch-note", noteId);
                    Rejection.requireVersion(expectedVersion, note.version());
                    return Rejection.orThrow(note.dispatch(actor.userId(), clock.instant()));
                })
                .chain(notes::save);
    }

    @Override
    @WithSession
    public Uni<TransferDispatchNote> note(String tenantId, UUID id) {
        return notes.find(tenantId, id).map(note -> Rejection.found(note, "transfer-dispatch-note", id));
    }

    @Override
    @WithSession
    public Uni<Page<TransferDispatchNote>> notes(String tenantId, PageRequest page) {
        return notes.list(tenantId, page);
    }

    @Override
    @WithSession
    public Uni<TransferGoodsReceipt> receipt(String tenantId, UUID id) {
        return receipts.find(tenantId, id).map(receipt -> Rejection.found(receipt, "transfer-goods-receipt", id));
    }
}
