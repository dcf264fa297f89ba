package dev.opsuite.inventory.transfers.application.port.out;

import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where goods receipts are kept. Every method is scoped to one tenant. */
public interface GoodsReceiptStore {

    /** Empty when there is no such receipt in this tenant. */
    Uni<Optional<TransferGoodsReceipt>> find(String tenantId, UUID id);

    /** Received plus damaged per product over the note's approved receipts. */
    Uni<Map<UUID, BigDecimal>> approvedQuantities(String tenantId, UUID noteId);

    Uni<Void> add(TransferGoodsReceipt receipt);

    /** Writes the change now and answers the receipt at its new version. */
    Uni<TransferGoodsReceipt> save(TransferGoodsReceipt receipt);

    /**
     * Records, in the caller's transaction, that the receipt is booked into its note and stock. False
     * when it already was: the database's key on the receipt decides, also between racing bookings.
     */
    Uni<Boolean> markBooked(TransferGoodsReceipt receipt, Instant at);

    /** Does the note have an approved receipt that is not booked yet (its event still on its way)? */
    Uni<Boolean> anyApprovedUnbooked(String tenantId, UUID noteId);
}
