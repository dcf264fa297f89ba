package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code part-reservation-rejected} v1: inventory could not hold the part field asked for, with why
 * ({@code INSUFFICIENT_STOCK} with what is available, or an unknown or inactive location or product) and a
 * human-readable detail. Key: reservationId (field's).
 */
public record PartReservationRejected(
        UUID reservationId,
        UUID jobId,
        UUID productId,
        BigDecimal quantity,
        UUID locationId,
        String reason,
        BigDecimal available,
        String detail,
        Instant rejectedAt) {
}
