package dev.opsuite.inventory.transfers.infrastructure.events;

import dev.opsuite.inventory.testing.TransferScene;
import static dev.opsuite.inventory.testing.Inventory.CLERK;
import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.inventory.testing.Quantities.qty;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.events.GoodsReceiptApproved;
import dev.opsuite.events.GoodsReceiptCreated;
import dev.opsuite.events.TransferDispatchNoteDispatched;
import dev.opsuite.events.TransferDispatchNoteUpdated;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.inventory.transfers.application.port.in.CreateTransferDispatchNoteUseCase.CreateTransferDispatchNoteCommand;
import dev.opsuite.inventory.transfers.application.port.in.TakeGoodsReceiptUseCase.TakeGoodsReceiptCommand;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts.Outgoing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which shared-events contracts announce transfers' domain events, in which order, keyed how: what the outbox wrote
 * before the domain decided the events (the payloads' bytes are the contract tests' and EventPipelineTest's).
 */
class TransferEventContractsTest extends TransferScene {

    final TransferEventContracts contracts = new TransferEventContracts();

    @Test
    void a_dispatch_is_announced_as_an_update_then_a_dispatch_keyed_by_the_note() {
        inventory.stockOf(central, cable, "10", "11.50");
        TransferDispatchNote draft = done(inventory.noteService.create(new CreateTransferDispatchNoteCommand(CLERK, central,
                store, null, List.of(new NoteItem(cable, qty("4"))), null)));
        inventory.events.clear();

        done(inventory.noteService.dispatch(MANAGER, draft.id(), null));

        List<Outgoing<?>> announced = announcedByTransfers();
        assertThat(announced).extracting(o -> o.contract().type())
                .containsExactly("transfer-dispatch-note-updated", "transfer-dispatch-note-dispatched");
        assertThat(announced).extracting(Outgoing::aggregateId).containsOnly(draft.id());
        assertThat(announced).extracting(Outgoing::tenantId).containsOnly(Inventory.TENANT);
        TransferDispatchNoteUpdated updated = (TransferDispatchNoteUpdated) announced.get(0).payload();
        assertThat(updated.change()).isEqualTo(TransferDispatchNoteUpdated.Change.DISPATCHED);
        assertThat(updated.status()).isEqualTo("ACTIVE");
        assertThat(updated.updatedBy()).isEqualTo("manager");
        TransferDispatchNoteDispatched dispatched = (TransferDispatchNoteDispatched) announced.get(1).payload();
        assertThat(dispatched.totalCost().amount()).isEqualByComparingTo("46.00");
        assertThat(dispatched.totalCost().currency()).isEqualTo("EUR");
    }

    @Test
    void a_receipt_taken_approved_is_created_then_approved_and_one_approved_later_is_updated_then_approved() {
        inventory.stockOf(central, cable, "10", "11.50");
        TransferDispatchNote draft = done(inventory.noteService.create(new CreateTransferDispatchNoteCommand(CLERK, central,
                store, null, List.of(new NoteItem(cable, qty("4"))), null)));
        done(inventory.noteService.dispatch(MANAGER, draft.id(), null));
        inventory.events.clear();

        var atOnce = done(inventory.receiptService.take(new TakeGoodsReceiptCommand(CLERK, draft.id(),
                List.of(new ReceivedQuantity(cable, qty("1"), qty("0"))), true)));
        var later = done(inventory.receiptService.take(new TakeGoodsReceiptCommand(CLERK, draft.id(),
                List.of(new ReceivedQuantity(cable, qty("2"), qty("1"))), false)));
        done(inventory.receiptService.approve(MANAGER, later.id()));

        List<Outgoing<?>> announced = announcedByTransfers();
        assertThat(announced).extracting(o -> o.contract().type()).containsExactly(
                "goods-receipt-created", "goods-receipt-approved",
                "goods-receipt-created",
                "goods-receipt-updated", "goods-receipt-approved");
        assertThat(announced).extracting(Outgoing::aggregateId)
                .containsExactly(atOnce.id(), atOnce.id(), later.id(), later.id(), later.id());
        assertThat(((GoodsReceiptCreated) announced.get(0).payload()).status()).isEqualTo("APPROVED");
        assertThat(((GoodsReceiptCreated) announced.get(2).payload()).status()).isEqualTo("DRAFT");
        assertThat(((GoodsReceiptApproved) announced.get(4).payload()).items()).singleElement()
                .satisfies(item -> assertThat(item.damagedQuantity()).isEqualByComparingTo("1"));
    }

    @Test
    void another_capabilitys_event_is_not_claimed() {
        DomainEvent foreign = () -> Inventory.TENANT;

        assertThat(contracts.handles(foreign)).isFalse();
        assertThat(contracts.contracts(foreign)).isEmpty();
    }

    private List<Outgoing<?>> announcedByTransfers() {
        return inventory.events.published().stream().filter(contracts::handles)
                .flatMap(event -> contracts.contracts(event).stream()).toList();
    }
}
