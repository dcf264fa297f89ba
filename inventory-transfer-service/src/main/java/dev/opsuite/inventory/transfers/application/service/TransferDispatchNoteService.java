package dev.opsuite.inventory.transfers.application.service;

import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;
import dev.opsuite.inventory.stock.application.port.in.MoveStockUseCase;

import dev.opsuite.inventory.transfers.application.port.in.CreateTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.application.port.in.DispatchTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.application.port.in.EditTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.transfers.application.port.out.DiscrepancyStore;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.inventory.transfers.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.Filter;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.Discrepancy;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.inventory.transfers.domain.Shipment;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TransferDispatchNoteService implements CreateTransferDispatchNoteUseCase, EditTransferDispatchNoteUseCase,
        DispatchTransferDispatchNoteUseCase, FindTransferDispatchNotesQuery {

    static final String DOCUMENT_PREFIX = "TDN";
    private static final String NOTE = "transfer-dispatch-note";

    private final TransferDispatchNoteStore notes;
    private final GoodsReceiptStore receipts;
    private final DiscrepancyStore discrepancies;
    private final MoveStockUseCase stock;
    private final LookUpCatalogQuery catalog;
    private final DocumentNumbering documentNumbers;
    private final EventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // one collaborator per port
    public TransferDispatchNoteService(TransferDispatchNoteStore notes, GoodsReceiptStore receipts, DiscrepancyStore discrepancies,
            MoveStockUseCase stock, LookUpCatalogQuery catalog, DocumentNumbering documentNumbers,
            EventPublisher events, Clock clock) {
        this.notes = notes;
        this.receipts = receipts;
        this.discrepancies = discrepancies;
        this.stock = stock;
        this.catalog = catalog;
        this.documentNumbers = documentNumbers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<TransferDispatchNote> create(CreateTransferDispatchNoteCommand command) {
        Instant now = clock.instant();
        Actor actor = command.actor();
        return checkNamed(actor.tenantId(), command.originLocationId(), command.destinationLocationId(), command.detail())
                .chain(() -> documentNumbers.next(actor.tenantId(), DOCUMENT_PREFIX, now.atZone(ZoneOffset.UTC).getYear()))
                .map(number -> Rejection.accepted(TransferDispatchNote.draft(
                        Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), now), number,
                        new Shipment(command.originLocationId(), command.destinationLocationId(), command.dispatchDate(),
                                command.detail(), command.transportDetail()))))
                .call(drafted -> notes.add(drafted.value()))
                .call(drafted -> events.publish(drafted.events()))
                .map(Result.Accepted::value);
    }

    @Override
    @WithTransaction
    public Uni<TransferDispatchNote> edit(Actor actor, UUID noteId, Long expectedVersion, TransferDispatchNote.Edit edit) {
        return lock(actor, noteId, expectedVersion)
                .call(note -> checkNamed(actor.tenantId(), edit.originLocationId(), edit.destinationLocationId(),
                        edit.detail() == null ? List.of() : edit.detail()))
                .map(note -> Rejection.accepted(note.edit(edit, actor.userId(), clock.instant())))
                .chain(this::saveAndPublish);
    }

    @Override
    @WithTransaction
    public Uni<TransferDispatchNote> cancel(Actor actor, UUID noteId, Long expectedVersion) {
        return lock(actor, noteId, expectedVersion)
                .map(note -> Rejection.accepted(note.cancel(actor.userId(), clock.instant())))
                .chain(this::saveAndPublish);
    }

    @Override
    @WithTransaction
    public Uni<Void> delete(Actor actor, UUID noteId, Long expectedVersion) {
        return lock(actor, noteId, expectedVersion)
                .map(note -> Rejection.accepted(note.delete(actor.userId(), clock.instant())))
                .chain(this::saveAndPublish)
                .replaceWithVoid();
    }

    @Override
    @WithTransaction
    public Uni<TransferDispatchNote> dispatch(Actor actor, UUID noteId, Long expectedVersion) {
        Instant now = clock.instant();
        return lock(actor, noteId, expectedVersion).chain(note -> {
            if (note.status() != NoteStatus.DRAFT) {
                // Said before any stock is touched, so the answer is about the note, not the stock.
                Rejection.orThrow(note.dispatch(null, actor.userId(), now));
            }
            StockReference reference = StockReference.of(StockReference.TRANSFER_DISPATCH_NOTE, note.id());
            List<StockKey> keys = new ArrayList<>();
            for (NoteItem item : note.detail()) {
                keys.add(new StockKey(note.originLocationId(), item.productId()));
                keys.add(new StockKey(note.destinationLocationId(), item.productId()));
            }
            Map<UUID, BigDecimal> frozenCosts = new HashMap<>();
            return stock.move(actor.tenantId(), keys, levels -> {
                        List<StockMovement> movements = new ArrayList<>();
                        for (int i = 0; i < note.detail().size(); i++) {
                            NoteItem item = note.detail().get(i);
                            StockMovement out = Rejection.orThrow(levels.get(new StockKey(note.originLocationId(), item.productId()))
                                    .dispatch(item.quantity(), "detail[" + i + "].quantity", reference, actor.userId(), now));
                            frozenCosts.put(item.productId(), out.unitCost());
                            movements.add(out);
                            movements.add(levels.get(new StockKey(note.destinationLocationId(), item.productId()))
                                    .expect(item.quantity(), out.unitCost(), reference, actor.userId(), now));
                        }
                        return movements;
                    })
                    .map(movements -> Rejection.accepted(note.dispatch(
                            CostDetail.at(note.detail(), frozenCosts, stock.currency()), actor.userId(), now)));
        })
                .chain(this::saveAndPublish);
    }

    @Override
    @WithTransaction
    public Uni<ClosedShort> closeShort(Actor actor, UUID noteId, Long expectedVersion, String reason) {
        Instant now = clock.instant();
        return lock(actor, noteId, expectedVersion)
                // Under the note's lock, which bookings take too: an approved receipt is either booked or still pending.
                .chain(note -> receipts.anyApprovedUnbooked(actor.tenantId(), note.id())
                        .map(pending -> Rejection.accepted(note.closeShort(reason, pending, actor.userId(), now)))
                        .map(decided -> new Closing(new ClosedShort(note, decided.value()), decided.events())))
                .call(closing -> {
                    ClosedShort closed = closing.closed();
                    TransferDispatchNote note = closed.note();
                    StockReference reference = StockReference.of(StockReference.TRANSFER_DISPATCH_NOTE, note.id());
                    List<StockKey> keys = closed.discrepancies().stream()
                            .map(d -> new StockKey(note.destinationLocationId(), d.productId())).toList();
                    return stock.move(actor.tenantId(), keys, levels -> closed.discrepancies().stream()
                                    .map(d -> levels.get(new StockKey(note.destinationLocationId(), d.productId()))
                                            .writeOffInTransit(MovementKind.TRANSFER_SHORTAGE, d.quantity(), d.unitCost(),
                                                    note.closingReason(), reference, actor.userId(), now))
                                    .toList())
                            .chain(() -> discrepancies.record(actor.tenantId(), note.id(), closed.discrepancies(),
                                    note.closingReason(), actor.userId(), now));
                })
                .chain(closing -> notes.save(closing.closed().note())
                        .call(() -> events.publish(closing.events()))
                        .map(saved -> new ClosedShort(saved, closing.closed().discrepancies())));
    }

    /** A note closed short, and the events its closing caused. */
    private record Closing(ClosedShort closed, List<DomainEvent> events) {
    }

    /** Writes the note as the domain changed it, then announces what happened; answers the note at its new version. */
    private Uni<TransferDispatchNote> saveAndPublish(Result.Accepted<TransferDispatchNote> changed) {
        return notes.save(changed.value()).call(() -> events.publish(changed.events()));
    }

    @Override
    @WithSession
    public Uni<NoteView> note(String tenantId, UUID id) {
        return notes.find(tenantId, id)
                .map(found -> found.orElseThrow(Rejection.missing(NOTE, id)))
                .chain(note -> views(tenantId, List.of(note)).map(views -> views.get(0)))
                .chain(view -> view.note().status() == NoteStatus.CLOSED_SHORT
                        ? discrepancies.ofNote(tenantId, id).map(found -> new NoteView(view.note(), view.costDetail(), true, found))
                        : Uni.createFrom().item(view));
    }

    @Override
    @WithSession
    public Uni<Page<NoteView>> search(String tenantId, Filter filter, PageRequest page) {
        // The matching locations first, as a list: then each note index (origin, destination) can serve its arm
        // of the OR, where a subquery would make the planner scan every note.
        Uni<List<UUID>> named = filter.text() == null || filter.text().isBlank() ? Uni.createFrom().item(List.of())
                : catalog.locationsNamed(tenantId, filter.text());
        return named.chain(locations -> notes.search(tenantId, filter, locations, page))
                .chain(found -> views(tenantId, found.items()).map(views -> new Page<>(views, found.page(), found.size(), found.total(), found.totalPages())));
    }

    @Override
    @WithSession
    public Uni<TransferGoodsReceipt> receipt(String tenantId, UUID id) {
        return receipts.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("transfer-goods-receipt", id)));
    }

    /** Frozen cost where there is one; a draft's at its origin's current WAC, read in one query for the whole page. */
    private Uni<List<NoteView>> views(String tenantId, List<TransferDispatchNote> page) {
        List<TransferDispatchNote> drafts = page.stream().filter(n -> n.status() == NoteStatus.DRAFT).toList();
        if (drafts.isEmpty()) {
            return Uni.createFrom().item(page.stream().map(TransferDispatchNoteService::frozenView).toList());
        }
        Set<UUID> origins = drafts.stream().map(TransferDispatchNote::originLocationId).collect(Collectors.toSet());
        Set<UUID> products = drafts.stream().flatMap(n -> n.detail().stream()).map(NoteItem::productId).collect(Collectors.toSet());
        return stock.levels(tenantId, origins, products).map(levels -> {
            Map<StockKey, BigDecimal> wac = levels.stream().collect(Collectors.toMap(StockLevel::key, StockLevel::unitCost));
            return page.stream().map(note -> {
                if (note.status() != NoteStatus.DRAFT) {
                    return frozenView(note);
                }
                Function<UUID, BigDecimal> at = product -> wac.getOrDefault(new StockKey(note.originLocationId(), product), BigDecimal.ZERO);
                Map<UUID, BigDecimal> costs = note.detail().stream()
                        .collect(Collectors.toMap(NoteItem::productId, i -> at.apply(i.productId()), (a, b) -> a));
                return new NoteView(note, CostDetail.at(note.detail(), costs, stock.currency()), false, List.of());
            }).toList();
        });
    }

    private static NoteView frozenView(TransferDispatchNote note) {
        return new NoteView(note, note.costDetail(), note.costDetail() != null, List.of());
    }

    private Uni<TransferDispatchNote> lock(Actor actor, UUID noteId, Long expectedVersion) {
        return notes.findForUpdate(actor.tenantId(), noteId)
                .map(found -> Rejection.current(found, NOTE, noteId, expectedVersion));
    }

    /** The locations and products a note names exist in the business and are in use (null: not named). */
    private Uni<Void> checkNamed(String tenantId, UUID origin, UUID destination, List<NoteItem> items) {
        Uni<?> origins = origin == null ? Uni.createFrom().voidItem() : catalog.locationInUse(tenantId, origin, "originLocationId");
        return origins
                .chain(() -> destination == null ? Uni.createFrom().voidItem()
                        : catalog.locationInUse(tenantId, destination, "destinationLocationId"))
                .chain(() -> items.isEmpty() ? Uni.createFrom().voidItem()
                        : catalog.productsInUse(tenantId, items.stream().map(NoteItem::productId).toList(),
                                i -> "detail[" + i + "].productId"))
                .replaceWithVoid();
    }
}
