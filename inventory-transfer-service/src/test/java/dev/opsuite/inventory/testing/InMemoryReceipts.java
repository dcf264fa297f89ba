package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.transfers.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt.State;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Goods receipts in memory: their states, handed out as fresh receipts, the version bumped on save; with the set of
 * those booked (the database's booking key).
 */
public final class InMemoryReceipts implements GoodsReceiptStore {

    private final TenantRecords<State> rows = new TenantRecords<>(State::id, State::tenantId);
    private final Set<UUID> booked = new HashSet<>();

    /** The stored receipt (what a test looks at after a use case ran). */
    public TransferGoodsReceipt stored(UUID id) {
        return rows.all().stream().filter(s -> s.id().equals(id)).findFirst().map(TransferGoodsReceipt::new).orElseThrow();
    }

    public Set<UUID> booked() {
        return Set.copyOf(booked);
    }

    @Override
    public Uni<Optional<TransferGoodsReceipt>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id).map(found -> found.map(TransferGoodsReceipt::new));
    }

    @Override
    public Uni<Map<UUID, BigDecimal>> approvedQuantities(String tenantId, UUID noteId) {
        Map<UUID, BigDecimal> approved = new LinkedHashMap<>();
        approved(tenantId, noteId).flatMap(r -> r.items().stream())
                .forEach(q -> approved.merge(q.productId(), q.total(), BigDecimal::add));
        return Uni.createFrom().item(approved);
    }

    @Override
    public Uni<Void> add(TransferGoodsReceipt receipt) {
        rows.put(receipt.state());
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<TransferGoodsReceipt> save(TransferGoodsReceipt receipt) {
        State s = receipt.state();
        return rows.saved(new State(Versions.written(s.envelope()), s.transferDispatchNoteId(), s.destinationLocationId(),
                s.status(), s.items(), s.approvedBy(), s.approvedAt())).map(TransferGoodsReceipt::new);
    }

    @Override
    public Uni<Boolean> markBooked(TransferGoodsReceipt receipt, Instant at) {
        return Uni.createFrom().item(booked.add(receipt.id()));
    }

    @Override
    public Uni<Boolean> anyApprovedUnbooked(String tenantId, UUID noteId) {
        return Uni.createFrom().item(approved(tenantId, noteId).anyMatch(r -> !booked.contains(r.id())));
    }

    private Stream<State> approved(String tenantId, UUID noteId) {
        return rows.of(tenantId)
                .filter(r -> r.transferDispatchNoteId().equals(noteId) && r.status() == GoodsReceiptStatus.APPROVED);
    }
}
