package dev.opsuite.console.transfers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A transfer dispatch note as the detail shows it (the service's NoteResponse; fields not shown are ignored). */
public record Note(UUID id, String documentNumber, UUID originLocationId, UUID destinationLocationId, Instant dispatchDate,
        String status, List<Item> detail, Cost costDetail, List<ReceiptLine> receiptSummary,
        String transferGoodsReceiptStatus, Transport transportDetail, String closingReason, String createdBy,
        Instant createdAt, long version) {

    public Note {
        detail = detail == null ? List.of() : List.copyOf(detail);
        receiptSummary = receiptSummary == null ? List.of() : List.copyOf(receiptSummary);
    }

    public record Item(UUID productId, BigDecimal quantity) {
    }

    /** The cost at the origin's WAC: current for a draft ({@code frozen} false), as at dispatch once dispatched. */
    public record Cost(List<CostLine> items, BigDecimal total, String currency, boolean frozen) {

        public Cost {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record CostLine(UUID productId, BigDecimal quantity, BigDecimal unitCost, BigDecimal totalCost) {
    }

    public record ReceiptLine(UUID productId, BigDecimal dispatched, BigDecimal received, BigDecimal damaged,
            BigDecimal shortage, BigDecimal outstanding) {
    }

    public record Transport(String carrier, UUID vehicleId, UUID tripTicketId, String driverName, String trackingNumber) {
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** Goods are received against an active or receiving note only. */
    public boolean receivable() {
        return "ACTIVE".equals(status) || "RECEIVING".equals(status);
    }

    /** The ETag value the service wants in If-Match. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
