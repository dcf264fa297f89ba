package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code goods-receipt-created} v1: a transfer goods receipt (TGR) was taken at the destination,
 * as DRAFT or APPROVED (seed 001: transferGoodsReceipt.create). Only an APPROVED one counts.
 */
public record GoodsReceiptCreated(
        UUID goodsReceiptId,
        UUID transferDispatchNoteId,
        UUID destinationLocationId,
        String status,
        List<GoodsReceiptApproved.Item> items,
        String createdBy,
        Instant createdAt) {
}
