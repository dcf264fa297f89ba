package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.transfers.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Goods receipts in memory, with the set of those booked (the database's booking key). */
public final class InMemoryReceipts implements GoodsReceiptStore {

    private final Map<UUID, TransferGoodsReceipt> rows = new LinkedHashMap<>();
    private final Set<UUID> booked = new HashSet<>();

    public TransferGoodsReceipt stored(UUID id) {
        return copy(rows.get(id), rows.get(id).version());
    }

    public Set<UUID> booked() {
        return Set.copyOf(booked);
    }

    @Override
    public Uni<Optional<TransferGoodsReceipt>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(r -> r.tenantId().equals(tenantId))
                .map(r -> copy(r, r.version())));
    }

    @Override
    public Uni<Map<UUID, BigDecimal>> approvedQuantities(String tenantId, UUID noteId) {
        Map<UUID, BigDecimal> approved = new LinkedHashMap<>();
        rows.values().stream()
                .filter(r -> r.tenantId().equals(tenantId) && r.transferDispatchNoteId().equals(noteId)
                        && r.status() == GoodsReceiptStatus.APPROVED)
                .flatMap(r -> r.items().stream())
                .forEach(q -> approved.merge(q.productId(), q.total(), BigDecimal::add));
        return Uni.createFrom().item(approved);
    }

    @Override
    public Uni<Void> add(TransferGoodsReceipt receipt) {
        rows.put(receipt.id(), copy(receipt, receipt.version()));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<TransferGoodsReceipt> save(TransferGoodsReceipt receipt) {
        TransferGoodsReceipt saved = copy(receipt, receipt.version() + 1);
        rows.put(saved.id(), saved);
        return Uni.createFrom().item(copy(saved, saved.version()));
    }

    @Override
    public Uni<Boolean> markBooked(TransferGoodsReceipt receipt, Instant at) {
        return Uni.createFrom().item(booked.add(receipt.id()));
    }

    @Override
    public Uni<Boolean> anyApprovedUnbooked(String tenantId, UUID noteId) {
        return Uni.createFrom().item(rows.values().stream().anyMatch(r -> r.tenantId().equals(tenantId)
                && r.transferDispatchNoteId().equals(noteId) && r.status() == GoodsReceiptStatus.APPROVED
                && !booked.contains(r.id())));
    }

    private static TransferGoodsReceipt copy(TransferGoodsReceipt r, long version) {
        TransferGoodsReceipt.State s = r.state();
        return new TransferGoodsReceipt(new TransferGoodsReceipt.State(Versions.at(s.envelope(), version),
                s.transferDispatchNoteId(), s.destinationLocationId(), s.status(), s.items(), s.approvedBy(), s.approvedAt()));
    }
}
