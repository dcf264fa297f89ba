package dev.opsuite.inventory.transfers.application;

import static dev.opsuite.inventory.testing.Inventory.CLERK;
import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.inventory.testing.Quantities.qty;

import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.inventory.transfers.application.port.in.CreateTransferDispatchNoteUseCase.CreateTransferDispatchNoteCommand;
import dev.opsuite.inventory.transfers.application.port.in.TakeGoodsReceiptUseCase.TakeGoodsReceiptCommand;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import java.util.List;
import java.util.UUID;

/** The steps of seed 001 that the transfers' fast tests start from, taken through the use cases themselves. */
final class TransferScenarios {

    private TransferScenarios() {
    }

    static CreateTransferDispatchNoteCommand note(UUID origin, UUID destination, UUID product, String quantity) {
        return new CreateTransferDispatchNoteCommand(CLERK, origin, destination, null,
                List.of(new NoteItem(product, qty(quantity))), null);
    }

    static TransferDispatchNote draft(Inventory inventory, UUID origin, UUID destination, UUID product, String quantity) {
        return done(inventory.noteService.create(note(origin, destination, product, quantity)));
    }

    static TransferDispatchNote dispatched(Inventory inventory, UUID origin, UUID destination, UUID product, String quantity) {
        TransferDispatchNote draft = draft(inventory, origin, destination, product, quantity);
        return done(inventory.noteService.dispatch(MANAGER, draft.id(), draft.version()));
    }

    static TransferGoodsReceipt approvedReceipt(Inventory inventory, TransferDispatchNote note, UUID product,
            String received, String damaged) {
        return done(inventory.receiptService.take(receipt(note, product, received, damaged, true)));
    }

    static TransferGoodsReceipt draftReceipt(Inventory inventory, TransferDispatchNote note, UUID product,
            String received, String damaged) {
        return done(inventory.receiptService.take(receipt(note, product, received, damaged, false)));
    }

    static TakeGoodsReceiptCommand receipt(TransferDispatchNote note, UUID product, String received, String damaged,
            boolean approve) {
        return new TakeGoodsReceiptCommand(CLERK, note.id(), List.of(new ReceivedQuantity(product, qty(received), qty(damaged))),
                approve);
    }
}
