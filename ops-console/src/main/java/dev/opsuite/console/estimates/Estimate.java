package dev.opsuite.console.estimates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An estimate as field-service answers it (EstimateResponse), the fields the screens show. */
public record Estimate(UUID id, UUID jobId, UUID customerId, String status, String customerStatus, String currency,
        List<Line> lines, BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax, BigDecimal total,
        List<Decision> decisions, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        long version) {

    public record Line(String kind, String description, String sku, String rateClass, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal amount, boolean taxable) {
    }

    public record Decision(String decidedBy, Instant decidedAt, String decision, String comment, BigDecimal total) {
    }

    public Estimate {
        lines = lines == null ? List.of() : lines;
        decisions = decisions == null ? List.of() : decisions;
    }

    /** The first eight characters of the id: estimates have no number of their own. */
    public String shortId() {
        return id.toString().substring(0, 8);
    }

    /** The If-Match value of this version (the service's ETag). */
    public String etag() {
        return ETag.of(version);
    }

    /** Only a draft or an estimate sent back is submitted; a draft, one sent back or an approved one is edited. */
    public boolean submittable() {
        return "DRAFT".equals(status) || "CHANGES_REQUESTED".equals(status);
    }

    public boolean editable() {
        return submittable() || "APPROVED".equals(status);
    }

    public boolean waitingForOwner() {
        return "OWNER_APPROVAL_REQUIRED".equals(status);
    }

    /** The badge's tone: ok, bad, warn or none. */
    public String tone() {
        return switch (status) {
            case "APPROVED" -> "ok";
            case "REJECTED" -> "bad";
            case "OWNER_APPROVAL_REQUIRED", "CHANGES_REQUESTED" -> "warn";
            default -> "";
        };
    }
}
