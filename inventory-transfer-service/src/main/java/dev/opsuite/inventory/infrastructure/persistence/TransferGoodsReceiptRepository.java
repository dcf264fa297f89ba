package dev.opsuite.inventory.infrastructure.persistence;

import dev.opsuite.inventory.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.domain.ReceivedQuantity;
import dev.opsuite.inventory.domain.TransferGoodsReceipt;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class TransferGoodsReceiptRepository implements PanacheRepositoryBase<TransferGoodsReceiptEntity, UUID>, GoodsReceiptStore {

    @Override
    public Uni<TransferGoodsReceipt> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> e == null ? null : toDomain(e));
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
        e.tenantId = receipt.tenantId();
        e.transferDispatchNoteId = receipt.transferDispatchNoteId();
        e.destinationLocationId = receipt.destinationLocationId();
        e.items = new JsonColumns.ReceivedItems(receipt.items());
        e.createdBy = receipt.createdBy();
        e.createdAt = receipt.createdAt();
        copy(receipt, e);
        return persist(e).replaceWithVoid();
    }

    @Override
    public Uni<TransferGoodsReceipt> save(TransferGoodsReceipt receipt) {
        return findById(receipt.id()).invoke(e -> copy(receipt, e)).call(e -> flush())
                .map(TransferGoodsReceiptRepository::toDomain);
    }

    private static void copy(TransferGoodsReceipt receipt, TransferGoodsReceiptEntity e) {
        e.status = receipt.status();
        e.approvedBy = receipt.approvedBy();
        e.approvedAt = receipt.approvedAt();
    }

    private static TransferGoodsReceipt toDomain(TransferGoodsReceiptEntity e) {
        return new TransferGoodsReceipt(e.id, e.tenantId, e.transferDispatchNoteId, e.destinationLocationId, e.status,
                e.items.lines(), e.createdBy, e.createdAt, e.approvedBy, e.approvedAt, e.version);
    }
}
