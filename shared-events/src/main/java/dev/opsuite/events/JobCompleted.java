package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code job-completed} v1: the technician completed the job; it carries the diagnosis, labor and parts used that
 * billing's invoice drafts need, and, when field could price them, their {@code pricing} (added within v1, optional:
 * the rates of the job's approved estimate, or the price book). Key: jobId.
 */
public record JobCompleted(
        UUID jobId,
        UUID serviceCallId,
        UUID customerId,
        UUID technicianId,
        Diagnosis diagnosis,
        List<Labor> labor,
        List<PartUsed> partsUsed,
        String completedBy,
        Instant completedAt,
        Pricing pricing) {

    /** What the technician found. */
    public record Diagnosis(String findings, String cause) {
    }

    /** Labor logged: start and end (or hours alone), at a rate class STANDARD, OVERTIME or EMERGENCY. */
    public record Labor(UUID laborEntryId, String technicianUserId, Instant start, Instant end, BigDecimal hours,
            String rateClass) {
    }

    /** A part put in, from the truck location it came from. */
    public record PartUsed(UUID partUsedId, UUID partId, String sku, BigDecimal quantity, UUID truckLocationId) {
    }

    /**
     * The work priced by field: one line per labor entry and part used, in one currency; {@code estimateId} names the
     * approved estimate whose rates priced it (null: the price book). Amounts are half-up to cents; tax is
     * {@code taxRate} × the taxable lines' sum.
     */
    public record Pricing(String currency, UUID estimateId, List<PricedLine> lines, BigDecimal subtotal,
            BigDecimal taxRate, BigDecimal tax, BigDecimal total) {
    }

    /**
     * A priced line: {@code kind} LABOR (quantity in hours, at its {@code rateClass}) or PART (quantity of {@code sku});
     * {@code sourceId} is the labor entry's or the part used's id.
     */
    public record PricedLine(String kind, UUID sourceId, String description, String sku, String rateClass,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, boolean taxable) {
    }
}
