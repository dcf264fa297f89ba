package dev.opsuite.inventory.transfers.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What is still to arrive per product of a note: dispatched minus every approved receipt. Computed
 * from the receipts themselves, so it is exact even before the receipt summary has caught up.
 */
public record Outstanding(Map<UUID, BigDecimal> byProduct) {

    public static Outstanding of(List<NoteItem> dispatched, Map<UUID, BigDecimal> approvedSoFar) {
        return new Outstanding(dispatched.stream().collect(java.util.stream.Collectors.toMap(
                NoteItem::productId,
                i -> i.quantity().subtract(approvedSoFar.getOrDefault(i.productId(), BigDecimal.ZERO)))));
    }

    public BigDecimal of(UUID productId) {
        return byProduct.get(productId);
    }
}
