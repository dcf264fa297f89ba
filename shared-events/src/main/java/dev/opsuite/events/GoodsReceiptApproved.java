package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code goods-receipt-approved} v1: a transfer goods receipt (TGR) was approved at the
 * destination, whether it was created approved or approved later: the one fact for contexts that
 * care only about approvals. The note's own receipt summary follows goods-receipt-created and
 * goods-receipt-updated, as the seed has it.
 */
public record GoodsReceiptApproved(
        UUID goodsReceiptId,
        UUID transferDispatchNoteId,
        UUID destinationLocationId,
        Instant approvedAt,
        List<Item> items) {

    public record Item(UUID productId, BigDecimal receivedQuantity, BigDecimal damagedQuantity) {
    }
}
