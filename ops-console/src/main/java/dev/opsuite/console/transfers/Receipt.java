package dev.opsuite.console.transfers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A goods receipt against a note (the service's ReceiptResponse). */
public record Receipt(UUID id, UUID transferDispatchNoteId, String status, List<Item> items, String createdBy,
        Instant createdAt, String approvedBy, Instant approvedAt) {

    public Receipt {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Item(UUID productId, BigDecimal receivedQuantity, BigDecimal damagedQuantity) {
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }
}
