package dev.opsuite.inventory.transfers.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Books an approved goods receipt: the note's receipt summary and status, and the destination's
 * stock (received quantity in at the note's frozen cost, WAC recomputed; damaged quantity written
 * off). Driven by the goods receipt's create and update events only, never called directly (seed
 * 001, design decision 1). The event only names the receipt: what is booked is the receipt as
 * stored, and only once it is APPROVED; each receipt is booked once, however many events name it.
 * Runs inside the inbox's transaction.
 */
public interface BookGoodsReceiptUseCase {

    /**
     * Books receipt {@code goodsReceiptId} of {@code tenantId} if it is approved and not booked yet.
     * A receipt unknown to the tenant is a rejection ({@code RejectedException}): no retry makes it known.
     */
    Uni<Void> book(String tenantId, UUID goodsReceiptId);
}
