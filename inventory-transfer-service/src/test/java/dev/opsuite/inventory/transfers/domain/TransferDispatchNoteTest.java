package dev.opsuite.inventory.transfers.domain;

import static dev.opsuite.inventory.testing.Quantities.qty;

import dev.opsuite.support.domain.Envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferDispatchNoteTest {

    static final UUID WAREHOUSE = UUID.randomUUID();
    static final UUID STORE = UUID.randomUUID();
    static final UUID CABLE = UUID.randomUUID();
    static final UUID BREAKER = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void a_new_note_is_a_draft_with_everything_outstanding() {
        TransferDispatchNote note = draft(List.of(new NoteItem(CABLE, qty("10")), new NoteItem(BREAKER, qty("4"))));

        assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(note.transferGoodsReceiptStatus()).isNull();
        assertThat(note.receiptSummary().line(CABLE).orElseThrow().outstanding()).isEqualByComparingTo("10");
        assertThat(note.receiptSummary().line(BREAKER).orElseThrow().outstanding()).isEqualByComparingTo("4");
    }

    @Test
    void origin_and_destination_must_differ() {
        var result = TransferDispatchNote.draft(Envelope.created(UUID.randomUUID(), "acme", "clerk", NOW),
                "TDN-2026-000001", new Shipment(WAREHOUSE, WAREHOUSE, NOW, List.of(new NoteItem(CABLE, qty("1"))), null));

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("destinationLocationId"));
    }

    @Test
    void a_product_listed_twice_is_refused() {
        var result = TransferDispatchNote.draft(Envelope.created(UUID.randomUUID(), "acme", "clerk", NOW),
                "TDN-2026-000001", new Shipment(WAREHOUSE, STORE, NOW,
                        List.of(new NoteItem(CABLE, qty("1")), new NoteItem(CABLE, qty("2"))), null));

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("duplicate-product"));
    }

    @Test
    void a_draft_cannot_be_received_against() {
        TransferDispatchNote note = draft(List.of(new NoteItem(CABLE, qty("10"))));

        var result = note.applyReceipt(List.of(new ReceivedQuantity(CABLE, qty("1"), BigDecimal.ZERO)), "clerk", NOW);

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Result.Reason.WRONG_STATE));
    }

    @Test
    void receipts_make_the_note_partial_then_received_when_nothing_is_outstanding() {
        TransferDispatchNote note = dispatched(List.of(new NoteItem(CABLE, qty("10")), new NoteItem(BREAKER, qty("4"))));

        note.applyReceipt(List.of(new ReceivedQuantity(CABLE, qty("6"), qty("1"))), "clerk", NOW);

        assertThat(note.status()).isEqualTo(NoteStatus.RECEIVING);
        assertThat(note.transferGoodsReceiptStatus()).isEqualTo(TransferGoodsReceiptStatus.PARTIAL);
        assertThat(note.receiptSummary().line(CABLE).orElseThrow().outstanding()).isEqualByComparingTo("3");

        note.applyReceipt(List.of(new ReceivedQuantity(CABLE, qty("3"), BigDecimal.ZERO),
                new ReceivedQuantity(BREAKER, qty("4"), BigDecimal.ZERO)), "clerk", NOW);

        assertThat(note.status()).isEqualTo(NoteStatus.FULLY_RECEIVED);
        assertThat(note.transferGoodsReceiptStatus()).isEqualTo(TransferGoodsReceiptStatus.RECEIVED);
        ReceiptLine cable = note.receiptSummary().line(CABLE).orElseThrow();
        assertThat(cable.received()).isEqualByComparingTo("9");
        assertThat(cable.damaged()).isEqualByComparingTo("1");
    }

    @Test
    void a_receipt_for_more_than_is_outstanding_is_refused() {
        TransferDispatchNote note = dispatched(List.of(new NoteItem(CABLE, qty("10"))));
        Outstanding outstanding = Outstanding.of(note.detail(), Map.of(CABLE, qty("8")));

        var result = TransferGoodsReceipt.take(UUID.randomUUID(), note,
                List.of(new ReceivedQuantity(CABLE, qty("2"), qty("1"))), true, outstanding, "clerk", NOW);

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("receipt-exceeds-outstanding");
            assertThat(r.field()).isEqualTo("items[0].receivedQuantity");
        });
    }

    @Test
    void an_approved_receipt_cannot_be_approved_again() {
        TransferDispatchNote note = dispatched(List.of(new NoteItem(CABLE, qty("10"))));
        Outstanding outstanding = Outstanding.of(note.detail(), Map.of());
        TransferGoodsReceipt receipt = ((Result.Accepted<TransferGoodsReceipt>) TransferGoodsReceipt.take(UUID.randomUUID(),
                note, List.of(new ReceivedQuantity(CABLE, qty("2"), BigDecimal.ZERO)), true, outstanding, "clerk", NOW)).value();

        assertThat(receipt.status()).isEqualTo(GoodsReceiptStatus.APPROVED);
        assertThat(receipt.approve(outstanding, "clerk", NOW)).isInstanceOf(Result.Rejected.class);
    }

    @Test
    void dispatch_freezes_the_cost_and_closing_short_records_what_is_outstanding_at_it() {
        TransferDispatchNote note = draft(List.of(new NoteItem(CABLE, qty("30"))));
        note.dispatch(CostDetail.at(note.detail(), Map.of(CABLE, qty("11.5")), "EUR"), "manager", NOW);
        assertThat(note.costDetail().total()).isEqualByComparingTo("345.00");
        note.applyReceipt(List.of(new ReceivedQuantity(CABLE, qty("10"), qty("2"))), "clerk", NOW);

        // A receipt approved but not yet booked: closing now could let it land on a closed note.
        assertThat(note.closeShort("lost in transit", true, "manager", NOW))
                .isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.code()).isEqualTo("receipts-pending"));
        assertThat(note.status()).isEqualTo(NoteStatus.RECEIVING);

        var closed = note.closeShort("lost in transit", false, "manager", NOW);

        assertThat(closed).isInstanceOfSatisfying(Result.Accepted.class, a -> assertThat((List<Object>) a.value())
                .containsExactly(new Discrepancy(CABLE, qty("18"), new BigDecimal("11.500000"), new BigDecimal("207.00"))));
        assertThat(note.status()).isEqualTo(NoteStatus.CLOSED_SHORT);
        assertThat(note.receiptSummary().line(CABLE).orElseThrow().shortage()).isEqualByComparingTo("18");
        assertThat(note.receiptSummary().line(CABLE).orElseThrow().outstanding()).isEqualByComparingTo("0");
        assertThat(note.transferGoodsReceiptStatus()).isEqualTo(TransferGoodsReceiptStatus.PARTIAL);
    }

    @Test
    void only_a_draft_is_edited_cancelled_or_deleted() {
        TransferDispatchNote draft = draft(List.of(new NoteItem(CABLE, qty("3"))));
        var edit = new TransferDispatchNote.Edit(null, null, null, List.of(new NoteItem(BREAKER, qty("2"))), null);

        assertThat(draft.edit(edit, "clerk", NOW)).isInstanceOf(Result.Accepted.class);
        assertThat(draft.receiptSummary().line(BREAKER)).isPresent();
        assertThat(draft.receiptSummary().line(CABLE)).isEmpty();
        assertThat(draft.delete("clerk", NOW)).isInstanceOf(Result.Accepted.class);
        assertThat(draft.deleted()).isTrue();

        TransferDispatchNote shipped = dispatched(List.of(new NoteItem(CABLE, qty("3"))));
        assertThat(shipped.edit(edit, "clerk", NOW)).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("note-not-draft"));
        assertThat(shipped.cancel("clerk", NOW)).isInstanceOf(Result.Rejected.class);
        assertThat(shipped.delete("clerk", NOW)).isInstanceOf(Result.Rejected.class);
    }

    @Test
    void an_edit_is_checked_like_a_new_draft() {
        TransferDispatchNote draft = draft(List.of(new NoteItem(CABLE, qty("3"))));

        assertThat(draft.edit(new TransferDispatchNote.Edit(STORE, null, null, null, null), "clerk", NOW))
                .isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.field()).isEqualTo("destinationLocationId"));
    }

    private static TransferDispatchNote draft(List<NoteItem> items) {
        return ((Result.Accepted<TransferDispatchNote>) TransferDispatchNote.draft(Envelope.created(UUID.randomUUID(), "acme", "clerk", NOW),
                "TDN-2026-000001", new Shipment(WAREHOUSE, STORE, NOW, items, null))).value();
    }

    private static TransferDispatchNote dispatched(List<NoteItem> items) {
        TransferDispatchNote note = draft(items);
        note.dispatch(CostDetail.at(items, Map.of(), "EUR"), "manager", NOW);
        return note;
    }
}
