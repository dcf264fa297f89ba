package dev.opsuite.inventory.transfers.application.port.in;

import java.util.Set;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
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
     * The search filters of seed 001; every one is optional (null or empty). {@code businessId}
     * narrows within the caller's tenant (another business's id finds nothing); {@code text} matches
     * the origin's or destination's name, or the document number.
     */
    record Filter(String businessId, Set<NoteStatus> statuses, UUID originLocationId, UUID destinationLocationId,
            DateRange createdAt, DateRange dispatchDate, String text) {

        public static final Filter NONE = new Filter(null, Set.of(), null, null, null, null, null);
    }

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
