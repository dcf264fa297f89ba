package dev.opsuite.inventory.application.port.out;

import dev.opsuite.inventory.domain.TransferGoodsReceipt;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Where goods receipts are kept. Every method is scoped to one tenant. */
public interface GoodsReceiptStore {

    Uni<TransferGoodsReceipt> find(String tenantId, UUID id);

    /** Received plus damaged per product over the note's approved receipts. */
    Uni<Map<UUID, BigDecimal>> approvedQuantities(String tenantId, UUID noteId);

    Uni<Void> add(TransferGoodsReceipt receipt);

    /** Writes the change now and answers the receipt at its new version. */
    Uni<TransferGoodsReceipt> save(TransferGoodsReceipt receipt);
}
