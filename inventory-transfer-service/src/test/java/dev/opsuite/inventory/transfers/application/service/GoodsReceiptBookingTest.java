package dev.opsuite.inventory.transfers.application.service;

import dev.opsuite.inventory.catalog.application.service.CatalogLookup;
import dev.opsuite.inventory.kernel.Envelope;
import java.util.Optional;
import dev.opsuite.inventory.stock.application.service.StockKeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.events.EventContract;
import dev.opsuite.inventory.transfers.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.catalog.application.port.out.LocationStore;
import dev.opsuite.inventory.stock.application.port.out.StockStore;
import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.domain.ReceiptLine;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.outbox.Outbox;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.RejectedException;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booking a goods receipt, without a database: what is booked is the stored receipt, only when it
 * is approved, and only once. The stores are in memory; the booking key's race is the database's
 * and is shown by GoodsReceiptEventsConsumerTest.
 */
class GoodsReceiptBookingTest {

    static final String TENANT = "acme";
    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final UUID WAREHOUSE = UUID.randomUUID();
    static final UUID STORE = UUID.randomUUID();
    static final UUID CABLE = UUID.randomUUID();

    final Notes notes = new Notes();
    final Receipts receipts = new Receipts();
    final Stock stock = new Stock();
    final RecordingOutbox outbox = new RecordingOutbox();
    GoodsReceiptService service;
    TransferDispatchNote note;

    @BeforeEach
    void a_note_of_10_reels_dispatched_at_11_50_to_a_store_holding_20_at_12_50() {
        StockKeeping keeping = new StockKeeping(stock, new CatalogLookup(new Locations(), null), outbox, "EUR");
        service = new GoodsReceiptService(notes, receipts, keeping, new NoteEvents(outbox), outbox,
                Clock.fixed(NOW, ZoneOffset.UTC));
        List<NoteItem> items = List.of(new NoteItem(CABLE, qty("10")));
        note = ((Result.Accepted<TransferDispatchNote>) TransferDispatchNote.draft(UUID.randomUUID(), TENANT,
                "TDN-2026-000001", WAREHOUSE, STORE, NOW, items, null, "clerk", NOW)).value();
        note.dispatch(CostDetail.at(items, Map.of(CABLE, qty("11.50")), "EUR"), "manager", NOW);
        notes.byId.put(note.id(), note);
        stock.levels.put(new StockKey(STORE, CABLE), new StockLevel(UUID.randomUUID(), TENANT, STORE, CABLE, qty("20"),
                BigDecimal.ZERO, qty("10"), qty("12.50"), NOW, 0));
    }

    @Test
    void an_approved_receipt_is_booked_as_stored() {
        TransferGoodsReceipt receipt = stored(GoodsReceiptStatus.APPROVED, new ReceivedQuantity(CABLE, qty("6"), qty("1")));

        service.book(TENANT, receipt.id()).await().indefinitely();

        ReceiptLine line = notes.byId.get(note.id()).receiptSummary().line(CABLE).orElseThrow();
        assertThat(line.received()).isEqualByComparingTo("6");
        assertThat(line.damaged()).isEqualByComparingTo("1");
        assertThat(line.outstanding()).isEqualByComparingTo("3");
        assertThat(notes.byId.get(note.id()).status()).isEqualTo(NoteStatus.RECEIVING);
        StockLevel store = stock.levels.get(new StockKey(STORE, CABLE));
        assertThat(store.onHand()).isEqualByComparingTo("26");
        assertThat(store.inTransit()).isEqualByComparingTo("3");
        // (20 x 12.50 + 6 x 11.50) / 26 = 319 / 26
        assertThat(store.unitCost()).isEqualByComparingTo("12.269231");
        assertThat(stock.movements).extracting(StockMovement::kind)
                .containsExactly(MovementKind.TRANSFER_IN, MovementKind.TRANSFER_DAMAGE_WRITE_OFF);
        assertThat(receipts.booked).containsExactly(receipt.id());
        assertThat(outbox.types).containsExactlyInAnyOrder("stock-level-changed", "transfer-dispatch-note-updated");
    }

    @Test
    void a_receipt_already_booked_is_not_booked_again() {
        TransferGoodsReceipt receipt = stored(GoodsReceiptStatus.APPROVED, new ReceivedQuantity(CABLE, qty("6"), qty("1")));
        service.book(TENANT, receipt.id()).await().indefinitely();
        int events = outbox.types.size();

        service.book(TENANT, receipt.id()).await().indefinitely();

        assertThat(notes.byId.get(note.id()).receiptSummary().line(CABLE).orElseThrow().received()).isEqualByComparingTo("6");
        assertThat(stock.levels.get(new StockKey(STORE, CABLE)).onHand()).isEqualByComparingTo("26");
        assertThat(stock.movements).hasSize(2);
        assertThat(outbox.types).hasSize(events);
    }

    @Test
    void a_draft_receipt_books_nothing_and_stays_bookable() {
        TransferGoodsReceipt receipt = stored(GoodsReceiptStatus.DRAFT, new ReceivedQuantity(CABLE, qty("4"), BigDecimal.ZERO));

        service.book(TENANT, receipt.id()).await().indefinitely();

        assertThat(notes.byId.get(note.id()).receiptSummary().line(CABLE).orElseThrow().received()).isEqualByComparingTo("0");
        assertThat(stock.movements).isEmpty();
        assertThat(receipts.booked).isEmpty();
        assertThat(outbox.types).isEmpty();
    }

    @Test
    void a_receipt_unknown_to_the_tenant_is_rejected() {
        TransferGoodsReceipt receipt = stored(GoodsReceiptStatus.APPROVED, new ReceivedQuantity(CABLE, qty("6"), BigDecimal.ZERO));

        for (var call : List.of(service.book(TENANT, UUID.randomUUID()), service.book("globex", receipt.id()))) {
            assertThatThrownBy(() -> call.await().indefinitely())
                    .isInstanceOfSatisfying(RejectedException.class, e ->
                            assertThat(e.rejection().code()).isEqualTo("transfer-goods-receipt-not-found"));
        }
        assertThat(stock.movements).isEmpty();
        assertThat(receipts.booked).isEmpty();
    }

    private TransferGoodsReceipt stored(GoodsReceiptStatus status, ReceivedQuantity... items) {
        TransferGoodsReceipt receipt = new TransferGoodsReceipt(UUID.randomUUID(), TENANT, note.id(), STORE, status,
                List.of(items), "clerk", NOW, status == GoodsReceiptStatus.APPROVED ? "clerk" : null,
                status == GoodsReceiptStatus.APPROVED ? NOW : null, 0);
        receipts.byId.put(receipt.id(), receipt);
        return receipt;
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    static final class Notes implements TransferDispatchNoteStore {
        final Map<UUID, TransferDispatchNote> byId = new HashMap<>();

        @Override
        public Uni<TransferDispatchNote> find(String tenantId, UUID id) {
            TransferDispatchNote note = byId.get(id);
            return Uni.createFrom().item(note == null || !note.tenantId().equals(tenantId) ? null
                    : new TransferDispatchNote(note.state()));
        }

        @Override
        public Uni<TransferDispatchNote> findForUpdate(String tenantId, UUID id) {
            return find(tenantId, id);
        }

        @Override
        public Uni<Page<TransferDispatchNote>> search(String tenantId, Filter filter, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> add(TransferDispatchNote note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<TransferDispatchNote> save(TransferDispatchNote note) {
            byId.put(note.id(), note);
            return Uni.createFrom().item(note);
        }
    }

    static final class Receipts implements GoodsReceiptStore {
        final Map<UUID, TransferGoodsReceipt> byId = new HashMap<>();
        final Set<UUID> booked = new HashSet<>();

        @Override
        public Uni<TransferGoodsReceipt> find(String tenantId, UUID id) {
            TransferGoodsReceipt receipt = byId.get(id);
            return Uni.createFrom().item(receipt == null || !receipt.tenantId().equals(tenantId) ? null : receipt);
        }

        @Override
        public Uni<Map<UUID, BigDecimal>> approvedQuantities(String tenantId, UUID noteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> add(TransferGoodsReceipt receipt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<TransferGoodsReceipt> save(TransferGoodsReceipt receipt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Boolean> markBooked(TransferGoodsReceipt receipt, Instant at) {
            return Uni.createFrom().item(booked.add(receipt.id()));
        }

        @Override
        public Uni<Boolean> anyApprovedUnbooked(String tenantId, UUID noteId) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Stock implements StockStore {
        final Map<StockKey, StockLevel> levels = new HashMap<>();
        final List<StockMovement> movements = new ArrayList<>();

        @Override
        public Uni<Map<StockKey, StockLevel>> lock(String tenantId, Collection<StockKey> keys) {
            Map<StockKey, StockLevel> locked = new HashMap<>();
            for (StockKey key : keys) {
                locked.put(key, levels.computeIfAbsent(key, k -> StockLevel.empty(UUID.randomUUID(), tenantId,
                        k.locationId(), k.productId(), NOW)));
            }
            return Uni.createFrom().item(locked);
        }

        @Override
        public Uni<List<StockLevel>> levels(String tenantId, Collection<UUID> locationIds, Collection<UUID> productIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> saveAll(Collection<StockLevel> saved) {
            saved.forEach(level -> levels.put(level.key(), level));
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> record(String tenantId, List<StockMovement> recorded) {
            movements.addAll(recorded);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Page<StockLevel>> search(String tenantId, UUID locationId, UUID productId, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Page<StockMovement>> movements(String tenantId, UUID locationId, UUID productId, MovementKind kind,
                String referenceType, String referenceId, DateRange occurredAt, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Locations implements LocationStore {

        @Override
        public Uni<Map<UUID, Location>> findAll(String tenantId, Collection<UUID> ids) {
            Map<UUID, Location> found = new HashMap<>();
            ids.forEach(id -> found.put(id, new Location(Envelope.created(id, tenantId, "manager", NOW),
                    LocationType.STORE, "Store", null, null, null, true)));
            return Uni.createFrom().item(found);
        }

        @Override
        public Uni<Optional<Location>> find(String tenantId, UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<List<UUID>> named(String tenantId, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Page<Location>> search(String tenantId, LocationType type, Boolean active, String text, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> add(Location location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Location> save(Location location) {
            throw new UnsupportedOperationException();
        }
    }

    /** Keeps the types of the events appended, instead of writing them to the database. */
    static final class RecordingOutbox extends Outbox {
        final List<String> types = new ArrayList<>();

        RecordingOutbox() {
            super(new ObjectMapper(), "inventory-transfer-service", Clock.systemUTC(), null);
        }

        @Override
        public <T> Uni<UUID> append(EventContract<T> contract, Object aggregateId, String tenantId, T payload) {
            types.add(contract.type());
            return Uni.createFrom().item(UUID.randomUUID());
        }
    }
}
