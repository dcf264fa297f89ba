package dev.opsuite.inventory.transfers.application.port.in;

import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Records goods arriving at the destination against a note, as a draft or approved at once. */
public interface TakeGoodsReceiptUseCase {

    record TakeGoodsReceiptCommand(Actor actor, UUID transferDispatchNoteId, List<ReceivedQuantity> items, boolean approve) {
    }

    Uni<TransferGoodsReceipt> take(TakeGoodsReceiptCommand command);
}
