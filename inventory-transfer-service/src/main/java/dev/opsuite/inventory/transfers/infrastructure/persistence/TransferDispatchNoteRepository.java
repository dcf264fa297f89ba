package dev.opsuite.inventory.transfers.infrastructure.persistence;


import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.Filter;
import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.transfers.domain.Deletion;
import dev.opsuite.inventory.transfers.domain.ReceiptProgress;
import dev.opsuite.inventory.transfers.domain.ReceiptSummary;
import dev.opsuite.inventory.transfers.domain.Shipment;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.JsonList;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TransferDispatchNoteRepository implements PanacheRepositoryBase<TransferDispatchNoteEntity, UUID>,
        TransferDispatchNoteStore {

    @Override
    public Uni<Optional<TransferDispatchNote>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2 and deletedAt is null", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(TransferDispatchNoteRepository::toDomain));
    }

    @Override
    public Uni<Optional<TransferDispatchNote>> findForUpdate(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2 and deletedAt is null", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult().map(e -> Optional.ofNullable(e).map(TransferDispatchNoteRepository::toDomain));
    }

    @Override
    public Uni<Page<TransferDispatchNote>> search(String tenantId, Filter filter, Collection<UUID> namedLocations,
            PageRequest page) {
        String text = filter.text() == null || filter.text().isBlank() ? null : Criteria.containing(filter.text());
        Criteria where = Criteria.forTenant(tenantId)
                .where("deletedAt is null", Map.of())
                .eq("tenantId", filter.businessId())
                .in("status", filter.statuses())
                .eq("originLocationId", filter.originLocationId())
                .eq("destinationLocationId", filter.destinationLocationId())
                .within("createdAt", filter.createdAt())
                .within("dispatchDate", filter.dispatchDate());
        if (text != null) {
            String number = "lower(documentNumber) like :text" + Criteria.LIKE_ESCAPE;
            where.where(namedLocations.isEmpty() ? number
                    : "originLocationId in :namedLocations or destinationLocationId in :namedLocations or " + number,
                    namedLocations.isEmpty() ? Map.of("text", text) : Map.of("text", text, "namedLocations", namedLocations));
        }
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(TransferDispatchNoteRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Void> add(TransferDispatchNote note) {
        TransferDispatchNoteEntity e = new TransferDispatchNoteEntity();
        e.id = note.id();
        e.documentNumber = note.documentNumber();
        copy(note, e);
        return persist(e).call(ignored -> flush()).replaceWithVoid();
    }

    @Override
    public Uni<TransferDispatchNote> save(TransferDispatchNote note) {
        // The entity is already in this session (loaded by find); copying onto it and flushing
        // writes the change and bumps the version, which the caller returns as the ETag.
        return findById(note.id()).invoke(e -> copy(note, e)).call(e -> flush())
                .map(TransferDispatchNoteRepository::toDomain);
    }

    private static void copy(TransferDispatchNote note, TransferDispatchNoteEntity e) {
        e.originLocationId = note.originLocationId();
        e.destinationLocationId = note.destinationLocationId();
        e.dispatchDate = note.dispatchDate();
        e.status = note.status();
        e.detail = JsonList.of(note.detail());
        e.receiptSummary = JsonList.of(note.receiptSummary().lines());
        e.transferGoodsReceiptStatus = note.transferGoodsReceiptStatus();
        e.costDetail = note.costDetail();
        e.transportDetail = note.transportDetail();
        e.closingReason = note.closingReason();
        Envelopes.stamp(e, note.envelope());
        e.deletedBy = note.deletedBy();
        e.deletedAt = note.deletedAt();
    }

    static TransferDispatchNote toDomain(TransferDispatchNoteEntity e) {
        Shipment shipment = new Shipment(e.originLocationId, e.destinationLocationId, e.dispatchDate, e.detail.lines(),
                e.transportDetail);
        ReceiptProgress receipts = new ReceiptProgress(new ReceiptSummary(e.receiptSummary.lines()),
                e.transferGoodsReceiptStatus);
        return new TransferDispatchNote(new TransferDispatchNote.State(Envelopes.of(e.id, e), e.documentNumber, e.status,
                shipment, e.costDetail, receipts, e.closingReason,
                e.deletedAt == null ? null : new Deletion(e.deletedBy, e.deletedAt)));
    }
}
