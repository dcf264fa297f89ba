package dev.opsuite.inventory.transfers.infrastructure.persistence;

import dev.opsuite.inventory.transfers.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TransferGoodsReceiptRepository implements PanacheRepositoryBase<TransferGoodsReceiptEntity, UUID>, GoodsReceiptStore {

    // Racing bookings of one receipt: the second insert waits for the first to commit, then inserts nothing.
    private static final String BOOK = """
            insert into goods_receipt_booking (tenant_id, goods_receipt_id, transfer_dispatch_note_id, booked_at)
            values (?1, ?2, ?3, ?4)
            on conflict (tenant_id, goods_receipt_id) do nothing""";

    private static final String APPROVED_UNBOOKED = """
            select count(*) from transfer_goods_receipt r
            where r.tenant_id = ?1 and r.transfer_dispatch_note_id = ?2 and r.status = 'APPROVED'
              and not exists (select 1 from goods_receipt_booking b
                              where b.tenant_id = r.tenant_id and b.goods_receipt_id = r.id)""";

    @Override
    public Uni<Optional<TransferGoodsReceipt>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(TransferGoodsReceiptRepository::toDomain));
    }

    @Override
    public Uni<Map<UUID, BigDecimal>> approvedQuantities(String tenantId, UUID noteId) {
        return list("tenantId = ?1 and transferDispatchNoteId = ?2 and status = ?3", tenantId, noteId, GoodsReceiptStatus.APPROVED)
                .map(rows -> {
                    Map<UUID, BigDecimal> totals = new HashMap<>();
                    for (TransferGoodsReceiptEntity row : rows) {
                        for (ReceivedQuantity q : row.items.lines()) {
                            totals.merge(q.productId(), q.total(), BigDecimal::add);
                        }
                    }
                    return totals;
                });
    }

    @Override
    public Uni<Void> add(TransferGoodsReceipt receipt) {
        TransferGoodsReceiptEntity e = new TransferGoodsReceiptEntity();
        e.id = receipt.id();
        Envelopes.stamp(e, receipt.envelope());
        e.transferDispatchNoteId = receipt.transferDispatchNoteId();
        e.destinationLocationId = receipt.destinationLocationId();
        e.items = JsonList.of(receipt.items());
        copy(receipt, e);
        return persist(e).replaceWithVoid();
    }

    @Override
    public Uni<TransferGoodsReceipt> save(TransferGoodsReceipt receipt) {
        return findById(receipt.id()).invoke(e -> copy(receipt, e)).call(e -> flush())
                .map(TransferGoodsReceiptRepository::toDomain);
    }

    @Override
    public Uni<Boolean> markBooked(TransferGoodsReceipt receipt, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(BOOK)
                .setParameter(1, receipt.tenantId())
                .setParameter(2, receipt.id())
                .setParameter(3, receipt.transferDispatchNoteId())
                .setParameter(4, at.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    @Override
    public Uni<Boolean> anyApprovedUnbooked(String tenantId, UUID noteId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(APPROVED_UNBOOKED, Long.class)
                .setParameter(1, tenantId)
                .setParameter(2, noteId)
                .getSingleResult())
                .map(count -> count > 0);
    }

    private static void copy(TransferGoodsReceipt receipt, TransferGoodsReceiptEntity e) {
        e.status = receipt.status();
        e.approvedBy = receipt.approvedBy();
        e.approvedAt = receipt.approvedAt();
    }

    private static TransferGoodsReceipt toDomain(TransferGoodsReceiptEntity e) {
        return new TransferGoodsReceipt(new TransferGoodsReceipt.State(Envelopes.of(e.id, e), e.transferDispatchNoteId,
                e.destinationLocationId, e.status, e.items.lines(), e.approvedBy, e.approvedAt));
    }
}
