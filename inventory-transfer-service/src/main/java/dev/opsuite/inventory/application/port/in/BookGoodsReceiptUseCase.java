package dev.opsuite.inventory.application.port.in;

import dev.opsuite.events.GoodsReceiptCreated;
import dev.opsuite.events.GoodsReceiptUpdated;
import io.smallrye.mutiny.Uni;

/**
 * Books an approved goods receipt: the note's receipt summary and status, and the destination's
 * stock (received quantity in at the note's frozen cost, WAC recomputed; damaged quantity written
 * off). Driven by the goods receipt's create and update events only, never called directly (seed
 * 001, design decision 1), and only when the receipt is created APPROVED or becomes APPROVED. Runs
 * inside the inbox's transaction.
 */
public interface BookGoodsReceiptUseCase {

    Uni<Void> created(String tenantId, GoodsReceiptCreated event);

    Uni<Void> updated(String tenantId, GoodsReceiptUpdated event);
}
