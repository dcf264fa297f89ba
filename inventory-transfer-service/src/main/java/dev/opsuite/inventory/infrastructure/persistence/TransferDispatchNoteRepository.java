package dev.opsuite.inventory.infrastructure.persistence;

import dev.opsuite.inventory.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.domain.ReceiptSummary;
import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
class TransferDispatchNoteRepository implements PanacheRepositoryBase<TransferDispatchNoteEntity, UUID>,
        TransferDispatchNoteStore {

    @Override
    public Uni<TransferDispatchNote> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> e == null ? null : toDomain(e));
    }

    @Override
    public Uni<TransferDispatchNote> findForUpdate(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult().map(e -> e == null ? null : toDomain(e));
    }

    @Override
    public Uni<Page<TransferDispatchNote>> list(String tenantId, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(TransferDispatchNoteRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Void> add(TransferDispatchNote note) {
        TransferDispatchNoteEntity e = new TransferDispatchNoteEntity();
        e.id = note.id();
        e.tenantId = note.tenantId();
        e.documentNumber = note.documentNumber();
        e.createdBy = note.createdBy();
        e.createdAt = note.createdAt();
        copy(note, e);
        return persist(e).replaceWithVoid();
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
        e.detail = new JsonColumns.NoteItems(note.detail());
        e.receiptSummary = new JsonColumns.ReceiptLines(note.receiptSummary().lines());
        e.transferGoodsReceiptStatus = note.transferGoodsReceiptStatus();
        e.updatedBy = note.updatedBy();
        e.updatedAt = note.updatedAt();
    }

    static TransferDispatchNote toDomain(TransferDispatchNoteEntity e) {
        return new TransferDispatchNote(e.id, e.tenantId, e.documentNumber, e.originLocationId, e.destinationLocationId,
                e.dispatchDate, e.status, e.detail.lines(), new ReceiptSummary(e.receiptSummary.lines()), e.transferGoodsReceiptStatus,
                e.createdBy, e.createdAt, e.updatedBy, e.updatedAt, e.version);
    }
}
