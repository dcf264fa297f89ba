package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code part-reservation-confirmed} v1: inventory holds the part field asked for; stockReservationId is
 * inventory's own reservation (GET /reservations/{id}). Key: reservationId (field's).
 */
public record PartReservationConfirmed(
        UUID reservationId,
        UUID jobId,
        UUID stockReservationId,
        UUID productId,
        BigDecimal quantity,
        UUID locationId,
        Instant confirmedAt) {
}
