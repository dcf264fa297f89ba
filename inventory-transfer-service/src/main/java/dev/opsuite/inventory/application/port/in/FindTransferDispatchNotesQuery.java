package dev.opsuite.inventory.application.port.in;

import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.inventory.domain.TransferGoodsReceipt;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Reads notes and receipts of the caller's tenant. */
public interface FindTransferDispatchNotesQuery {

    Uni<TransferDispatchNote> note(String tenantId, UUID id);

    Uni<Page<TransferDispatchNote>> notes(String tenantId, PageRequest page);

    Uni<TransferGoodsReceipt> receipt(String tenantId, UUID id);
}
