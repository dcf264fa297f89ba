package dev.opsuite.inventory.transfers.application;

import dev.opsuite.inventory.testing.TransferScene;
import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.transfers.application.port.in.ApproveGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptApproved;
import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.application.Rejection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 001: approving a draft receipt is what makes it count against its note. */
class ApproveGoodsReceiptTest extends TransferScene {

    final ApproveGoodsReceiptUseCase approvals = inventory.receiptService;
    TransferDispatchNote note;

    @BeforeEach
    void ten_reels_on_their_way_to_the_store() {
        inventory.stockOf(central, cable, "10", "11.50");
        note = TransferScenarios.dispatched(inventory, central, store, cable, "10");
    }

    @Test
    void an_approved_draft_is_announced_as_approved() {
        TransferGoodsReceipt draft = TransferScenarios.draftReceipt(inventory, note, cable, "6", "0");
        inventory.clock.advance(java.time.Duration.ofHours(2));
        inventory.events.clear();

        TransferGoodsReceipt approved = done(approvals.approve(MANAGER, draft.id()));

        assertThat(approved.status()).isEqualTo(GoodsReceiptStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("manager");
        assertThat(approved.approvedAt()).isEqualTo(inventory.clock.instant());
        assertThat(approved.version()).isEqualTo(draft.version() + 1);
        assertThat(inventory.events.published(GoodsReceiptApproved.class)).singleElement()
                .satisfies(event -> assertThat(event.receipt().approvedBy()).isEqualTo("manager"));
    }

    @Test
    void a_draft_for_units_another_receipt_took_meanwhile_is_refused() {
        TransferGoodsReceipt draft = TransferScenarios.draftReceipt(inventory, note, cable, "6", "0");
        TransferScenarios.approvedReceipt(inventory, note, cable, "5", "0");

        Rejection refused = refused(approvals.approve(MANAGER, draft.id()));

        assertThat(refused.code()).isEqualTo("receipt-exceeds-outstanding");
        assertThat(inventory.receipts.stored(draft.id()).status()).isEqualTo(GoodsReceiptStatus.DRAFT);
    }

    @Test
    void a_receipt_is_approved_once() {
        TransferGoodsReceipt approved = TransferScenarios.approvedReceipt(inventory, note, cable, "6", "0");

        Rejection refused = refused(approvals.approve(MANAGER, approved.id()));

        assertThat(refused.code()).isEqualTo("receipt-not-draft");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void an_unknown_receipt_is_not_found() {
        assertThat(refused(approvals.approve(MANAGER, UUID.randomUUID())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
