package dev.opsuite.inventory.transfers.application;

import dev.opsuite.inventory.testing.TransferScene;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.inventory.transfers.application.port.in.TakeGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.application.port.in.TakeGoodsReceiptUseCase.TakeGoodsReceiptCommand;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptTaken;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.application.Rejection;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 001: the destination records what arrived against a dispatched note, as a draft or approved at once. */
class TakeGoodsReceiptTest extends TransferScene {

    final TakeGoodsReceiptUseCase receipts = inventory.receiptService;
    TransferDispatchNote note;

    @BeforeEach
    void ten_reels_on_their_way_to_the_store() {
        inventory.stockOf(central, cable, "10", "11.50");
        note = TransferScenarios.dispatched(inventory, central, store, cable, "10");
        inventory.events.clear();
    }

    @Test
    void a_receipt_taken_approved_is_announced_as_taken_with_its_approval() {
        TransferGoodsReceipt receipt = done(receipts.take(TransferScenarios.receipt(note, cable, "6", "1", true)));

        assertThat(receipt.status()).isEqualTo(GoodsReceiptStatus.APPROVED);
        assertThat(receipt.approvedBy()).isEqualTo("clerk");
        assertThat(inventory.receipts.stored(receipt.id()).status()).isEqualTo(GoodsReceiptStatus.APPROVED);
        assertThat(inventory.events.published(GoodsReceiptTaken.class)).singleElement()
                .satisfies(taken -> assertThat(taken.receipt().status()).isEqualTo(GoodsReceiptStatus.APPROVED));
        assertThat(inventory.events.published()).hasSize(1);
    }

    @Test
    void a_receipt_of_more_than_was_sent_is_refused() {
        Rejection refused = refused(receipts.take(TransferScenarios.receipt(note, cable, "10", "1", false)));

        assertThat(refused.code()).isEqualTo("receipt-exceeds-outstanding");
        assertThat(refused.field()).isEqualTo("items[0].receivedQuantity");
        assertThat(inventory.events.published()).isEmpty();
    }

    @Test
    void a_second_receipt_can_take_only_what_the_first_approved_one_left() {
        done(receipts.take(TransferScenarios.receipt(note, cable, "8", "0", true)));

        Rejection refused = refused(receipts.take(TransferScenarios.receipt(note, cable, "3", "0", true)));
        TransferGoodsReceipt rest = done(receipts.take(TransferScenarios.receipt(note, cable, "2", "0", true)));

        assertThat(refused.code()).isEqualTo("receipt-exceeds-outstanding");
        assertThat(rest.status()).isEqualTo(GoodsReceiptStatus.APPROVED);
    }

    @Test
    void a_receipt_against_a_draft_note_is_refused() {
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "1");

        Rejection refused = refused(receipts.take(TransferScenarios.receipt(draft, cable, "1", "0", false)));

        assertThat(refused.code()).isEqualTo("note-not-receivable");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void a_receipt_against_an_unknown_note_names_the_field() {
        Rejection refused = refused(receipts.take(new TakeGoodsReceiptCommand(Inventory.CLERK, UUID.randomUUID(),
                List.of(new ReceivedQuantity(cable, BigDecimal.ONE, BigDecimal.ZERO)), false)));

        assertThat(refused.code()).isEqualTo("transfer-dispatch-note-not-found");
        assertThat(refused.field()).isEqualTo("transferDispatchNoteId");
    }
}
