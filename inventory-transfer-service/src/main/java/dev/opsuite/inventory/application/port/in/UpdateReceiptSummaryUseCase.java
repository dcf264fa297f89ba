package dev.opsuite.inventory.application.port.in;

import dev.opsuite.events.GoodsReceiptApproved;
import io.smallrye.mutiny.Uni;

/**
 * Books an approved goods receipt into its note's receipt summary. Driven by the
 * goods-receipt-approved event, never called directly (seed 001, design decision 1); runs inside
 * the inbox's transaction.
 */
public interface UpdateReceiptSummaryUseCase {

    Uni<Void> apply(String tenantId, GoodsReceiptApproved event);
}
