package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code part-reservation-requested} v1: field-service asks inventory to hold a part for a job on a location —
 * the technician's truck, or another truck or warehouse the parts manager names. Key: reservationId (field's
 * reservation; inventory answers on inventory.part-reservation under the same key).
 */
public record PartReservationRequested(
        UUID reservationId,
        UUID jobId,
        UUID technicianId,
        UUID productId,
        BigDecimal quantity,
        UUID locationId,
        String requestedBy,
        Instant requestedAt) {
}
