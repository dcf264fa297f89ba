package dev.opsuite.inventory.transfers.application.port.in;

import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore.Filter;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.Discrepancy;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Reads notes and receipts of the caller's tenant. */
public interface FindTransferDispatchNotesQuery {

    /**
     * A note with its cost detail as the seed shows it: frozen once dispatched, at the origin's
     * current WAC while a draft ({@code costFrozen} false). Cancelled notes have none.
     */
    record NoteView(TransferDispatchNote note, CostDetail costDetail, boolean costFrozen, List<Discrepancy> discrepancies) {
    }

    Uni<NoteView> note(String tenantId, UUID id);

    Uni<Page<NoteView>> search(String tenantId, Filter filter, PageRequest page);

    Uni<TransferGoodsReceipt> receipt(String tenantId, UUID id);
}
