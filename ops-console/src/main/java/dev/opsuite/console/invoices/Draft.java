package dev.opsuite.console.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice draft of a field job, or the invoice finalized from it (billing's InvoiceDraftResponse). */
public record Draft(UUID id, UUID jobId, UUID customerId, UUID technicianId, UUID estimateId, String completedBy,
        Instant completedAt, String status, boolean needsPricing, List<Line> lines, BigDecimal taxRate, Money subtotal,
        Money tax, Money total, String preparedBy, Instant preparedAt, String invoiceNumber, int invoiceVersion,
        String finalizedBy, Instant finalizedAt, List<Edit> edits, Instant createdAt, long version) {

    public record Money(BigDecimal amount, String currency) {
    }

    public record Line(String kind, UUID sourceId, String description, String sku, String rateClass,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, boolean taxable, boolean needsPrice) {
    }

    public record Edit(int invoiceVersion, String reason, String editedBy, Instant editedAt, BigDecimal totalBefore,
            BigDecimal totalAfter) {
    }

    public Draft {
        lines = lines == null ? List.of() : lines;
        edits = edits == null ? List.of() : edits;
    }

    /** The invoice number once finalized, else the draft's short id. */
    public String title() {
        return invoiceNumber != null ? invoiceNumber + " v" + invoiceVersion : "Draft " + id.toString().substring(0, 8);
    }

    public boolean open() {
        return "DRAFT".equals(status);
    }

    public boolean prepared() {
        return "PREPARED".equals(status);
    }

    public String tone() {
        return switch (status) {
            case "FINALIZED" -> "ok";
            case "PREPARED" -> "warn";
            default -> needsPricing ? "bad" : "";
        };
    }
}
