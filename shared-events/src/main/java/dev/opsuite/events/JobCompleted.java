package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code job-completed} v1: the technician completed the job; it carries the diagnosis, labor and parts used that
 * billing's invoice drafts need. Key: jobId.
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
        Instant completedAt) {

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
}
