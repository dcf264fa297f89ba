package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code parts-used} v1: a technician fitted parts on a job. With a reservationId inventory consumes that
 * reservation; without one it issues the parts from the truck location. Either way stock and WAC move in
 * inventory. usageId is unique per use (inventory books each once). Key: reservationId, else usageId.
 */
public record PartsUsed(
        UUID usageId,
        UUID jobId,
        UUID reservationId,
        UUID productId,
        BigDecimal quantity,
        UUID locationId,
        String usedBy,
        Instant usedAt) {
}
