package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code goods-receipt-updated} v1: a transfer goods receipt changed (seed 001:
 * transferGoodsReceipt.update), with its status before and after; DRAFT to APPROVED is the change
 * that counts.
 */
public record GoodsReceiptUpdated(
        UUID goodsReceiptId,
        UUID transferDispatchNoteId,
        UUID destinationLocationId,
        String previousStatus,
        String status,
        List<GoodsReceiptApproved.Item> items,
        String updatedBy,
        Instant updatedAt) {
}
