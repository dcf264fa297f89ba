package dev.opsuite.inventory.transfers.application;

import dev.opsuite.inventory.testing.TransferScene;
import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.domain.StockLevelChanged;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.transfers.application.port.in.DispatchTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.application.port.in.DispatchTransferDispatchNoteUseCase.ClosedShort;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteChanged;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteChanged.Change;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteDispatched;
import dev.opsuite.support.application.Rejection;
import org.junit.jupiter.api.Test;

/** Seed 001: a manager dispatches a draft (stock leaves, its cost freezes) and closes short a note whose rest will not come. */
class DispatchTransferDispatchNoteTest extends TransferScene {

    final DispatchTransferDispatchNoteUseCase dispatching = inventory.noteService;

    @Test
    void dispatch_takes_the_goods_out_of_the_origin_puts_them_in_transit_and_freezes_the_cost_at_the_origins_wac() {
        inventory.stockOf(central, cable, "30", "11.50");
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "10");
        inventory.events.clear();

        TransferDispatchNote dispatched = done(dispatching.dispatch(MANAGER, draft.id(), draft.version()));

        assertThat(dispatched.status()).isEqualTo(NoteStatus.ACTIVE);
        assertThat(dispatched.version()).isEqualTo(draft.version() + 1);
        assertThat(dispatched.costDetail().total()).isEqualByComparingTo("115.00");
        assertThat(dispatched.costDetail().currency()).isEqualTo("EUR");
        assertThat(inventory.stock.level(TENANT, new StockKey(central, cable)).onHand()).isEqualByComparingTo("20");
        assertThat(inventory.stock.level(TENANT, new StockKey(store, cable)).inTransit()).isEqualByComparingTo("10");
        assertThat(inventory.stock.ledger()).extracting(StockMovement::kind)
                .containsExactly(MovementKind.TRANSFER_OUT, MovementKind.TRANSFER_EXPECTED);
        // Stock first (one event per level that moved), then the note's update and its dispatch: as on the outbox.
        assertThat(inventory.events.published()).hasSize(4);
        assertThat(inventory.events.published(StockLevelChanged.class)).hasSize(2);
        assertThat(inventory.events.published(TransferDispatchNoteChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.change()).isEqualTo(Change.DISPATCHED));
        assertThat(inventory.events.published().get(3)).isInstanceOf(TransferDispatchNoteDispatched.class);
    }

    @Test
    void a_dispatch_of_more_than_is_available_is_refused_and_moves_nothing() {
        inventory.stockOf(central, cable, "3", "11.50");
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "10");
        inventory.events.clear();

        Rejection refused = refused(dispatching.dispatch(MANAGER, draft.id(), draft.version()));

        assertThat(refused.code()).isEqualTo("insufficient-stock");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(refused.field()).isEqualTo("detail[0].quantity");
        assertThat(inventory.notes.stored(draft.id()).status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(inventory.stock.ledger()).isEmpty();
        assertThat(inventory.events.published()).isEmpty();
    }

    @Test
    void a_dispatch_based_on_an_old_version_is_stale() {
        inventory.stockOf(central, cable, "30", "11.50");
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "10");

        assertThat(refused(dispatching.dispatch(MANAGER, draft.id(), draft.version() + 1)).kind())
                .isEqualTo(Rejection.Kind.STALE);
    }

    @Test
    void closing_short_writes_off_what_never_arrived_at_the_frozen_cost() {
        inventory.stockOf(central, cable, "30", "11.50");
        TransferDispatchNote note = TransferScenarios.dispatched(inventory, central, store, cable, "10");
        done(inventory.receiptService.book(TENANT, TransferScenarios.approvedReceipt(inventory, note, cable, "7", "0").id()));
        TransferDispatchNote receiving = inventory.notes.stored(note.id());
        inventory.events.clear();

        ClosedShort closed = done(dispatching.closeShort(MANAGER, note.id(), receiving.version(), " lost on the way "));

        assertThat(closed.note().status()).isEqualTo(NoteStatus.CLOSED_SHORT);
        assertThat(closed.note().closingReason()).isEqualTo("lost on the way");
        assertThat(closed.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.quantity()).isEqualByComparingTo("3");
            assertThat(d.value()).isEqualByComparingTo("34.50");
        });
        assertThat(inventory.discrepancies.ofNote(TENANT, note.id()).await().indefinitely()).hasSize(1);
        assertThat(inventory.stock.level(TENANT, new StockKey(store, cable)).inTransit()).isEqualByComparingTo("0");
        assertThat(inventory.stock.level(TENANT, new StockKey(store, cable)).onHand()).isEqualByComparingTo("7");
        assertThat(inventory.events.published(TransferDispatchNoteChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.change()).isEqualTo(Change.CLOSED_SHORT));
    }

    @Test
    void a_note_cannot_be_closed_short_while_an_approved_receipt_is_still_being_booked() {
        inventory.stockOf(central, cable, "30", "11.50");
        TransferDispatchNote note = TransferScenarios.dispatched(inventory, central, store, cable, "10");
        TransferScenarios.approvedReceipt(inventory, note, cable, "7", "0"); // its event is on its way: not booked yet

        Rejection refused = refused(dispatching.closeShort(MANAGER, note.id(), null, "lost"));

        assertThat(refused.code()).isEqualTo("receipts-pending");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(inventory.notes.stored(note.id()).status()).isEqualTo(NoteStatus.ACTIVE);
    }
}
