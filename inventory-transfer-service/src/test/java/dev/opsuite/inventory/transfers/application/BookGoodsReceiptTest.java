package dev.opsuite.inventory.transfers.application;

import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockLevelChanged;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.inventory.transfers.application.port.in.BookGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.domain.ReceiptLine;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteChanged;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceiptStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booking an approved goods receipt (what the goods-receipt-approved consumer calls): the note's receipt summary and
 * the destination's stock move once, at the note's frozen cost. The booking key's race is the database's, shown by
 * GoodsReceiptEventsConsumerTest.
 */
class BookGoodsReceiptTest {

    final Inventory inventory = new Inventory();
    final BookGoodsReceiptUseCase bookings = inventory.receiptService;
    final UUID warehouse = inventory.warehouse("Central");
    final UUID store = inventory.warehouse("Store");
    final UUID cable = inventory.product("CAB-1");
    TransferDispatchNote note;

    @BeforeEach
    void ten_reels_dispatched_at_11_50_to_a_store_holding_20_at_12_50() {
        inventory.stockOf(warehouse, cable, "10", "11.50");
        inventory.stockOf(store, cable, "20", "12.50");
        note = TransferScenarios.dispatched(inventory, warehouse, store, cable, "10");
        inventory.events.clear();
    }

    @Test
    void an_approved_receipt_is_booked_into_its_note_and_the_destinations_stock() {
        TransferGoodsReceipt receipt = TransferScenarios.approvedReceipt(inventory, note, cable, "6", "1");
        inventory.events.clear();

        done(bookings.book(TENANT, receipt.id()));

        TransferDispatchNote booked = inventory.notes.stored(note.id());
        ReceiptLine line = booked.receiptSummary().line(cable).orElseThrow();
        assertThat(line.received()).isEqualByComparingTo("6");
        assertThat(line.damaged()).isEqualByComparingTo("1");
        assertThat(line.outstanding()).isEqualByComparingTo("3");
        assertThat(booked.status()).isEqualTo(NoteStatus.RECEIVING);
        assertThat(booked.transferGoodsReceiptStatus()).isEqualTo(TransferGoodsReceiptStatus.PARTIAL);
        StockLevel at = inventory.stock.level(TENANT, new StockKey(store, cable));
        assertThat(at.onHand()).isEqualByComparingTo("26");
        assertThat(at.inTransit()).isEqualByComparingTo("3");
        // (20 x 12.50 + 6 x 11.50) / 26 = 319 / 26
        assertThat(at.unitCost()).isEqualByComparingTo("12.269231");
        assertThat(inventory.stock.ledger().stream()
                .filter(m -> m.locationId().equals(store) && m.kind() != MovementKind.TRANSFER_EXPECTED))
                .extracting(StockMovement::kind)
                .containsExactly(MovementKind.TRANSFER_IN, MovementKind.TRANSFER_DAMAGE_WRITE_OFF);
        assertThat(inventory.receipts.booked()).containsExactly(receipt.id());
        assertThat(inventory.events.published()).hasSize(2);
        assertThat(inventory.events.published(StockLevelChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.onHand()).isEqualByComparingTo("26"));
        assertThat(inventory.events.published(TransferDispatchNoteChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.change()).isEqualTo(TransferDispatchNoteChanged.Change.RECEIPT_BOOKED));
    }

    @Test
    void the_wac_after_two_receipts_weighs_each_at_the_notes_frozen_cost() {
        done(bookings.book(TENANT, TransferScenarios.approvedReceipt(inventory, note, cable, "4", "0").id()));
        done(bookings.book(TENANT, TransferScenarios.approvedReceipt(inventory, note, cable, "6", "0").id()));

        StockLevel at = inventory.stock.level(TENANT, new StockKey(store, cable));
        // 20 at 12.50 and 4 at 11.50: 296 / 24 = 12.333333 (kept at 6 decimals);
        // then 6 more at 11.50: (24 x 12.333333 + 6 x 11.50) / 30 = 364.999992 / 30 = 12.1666664
        assertThat(at.onHand()).isEqualByComparingTo("30");
        assertThat(at.unitCost()).isEqualByComparingTo("12.166666");
        assertThat(at.inTransit()).isEqualByComparingTo("0");
        assertThat(inventory.notes.stored(note.id()).status()).isEqualTo(NoteStatus.FULLY_RECEIVED);
    }

    @Test
    void a_receipt_already_booked_is_not_booked_again() {
        TransferGoodsReceipt receipt = TransferScenarios.approvedReceipt(inventory, note, cable, "6", "1");
        done(bookings.book(TENANT, receipt.id()));
        int events = inventory.events.published().size();
        int movements = inventory.stock.ledger().size();

        done(bookings.book(TENANT, receipt.id()));

        assertThat(inventory.notes.stored(note.id()).receiptSummary().line(cable).orElseThrow().received()).isEqualByComparingTo("6");
        assertThat(inventory.stock.level(TENANT, new StockKey(store, cable)).onHand()).isEqualByComparingTo("26");
        assertThat(inventory.stock.ledger()).hasSize(movements);
        assertThat(inventory.events.published()).hasSize(events);
    }

    @Test
    void a_draft_receipt_books_nothing_and_stays_bookable() {
        TransferGoodsReceipt receipt = TransferScenarios.draftReceipt(inventory, note, cable, "4", "0");
        int movements = inventory.stock.ledger().size();

        done(bookings.book(TENANT, receipt.id()));

        assertThat(inventory.receipts.stored(receipt.id()).status()).isEqualTo(GoodsReceiptStatus.DRAFT);
        assertThat(inventory.notes.stored(note.id()).receiptSummary().line(cable).orElseThrow().received()).isEqualByComparingTo("0");
        assertThat(inventory.stock.ledger()).hasSize(movements);
        assertThat(inventory.receipts.booked()).isEmpty();
        assertThat(inventory.events.published(TransferDispatchNoteChanged.class)).isEmpty();
    }

    @Test
    void a_receipt_unknown_to_the_tenant_is_not_found() {
        TransferGoodsReceipt receipt = TransferScenarios.approvedReceipt(inventory, note, cable, "6", "0");
        int movements = inventory.stock.ledger().size();

        assertThat(refused(bookings.book(TENANT, UUID.randomUUID())).code()).isEqualTo("transfer-goods-receipt-not-found");
        assertThat(refused(bookings.book("globex", receipt.id())).code()).isEqualTo("transfer-goods-receipt-not-found");
        assertThat(inventory.stock.ledger()).hasSize(movements);
        assertThat(inventory.receipts.booked()).isEmpty();
    }
}
