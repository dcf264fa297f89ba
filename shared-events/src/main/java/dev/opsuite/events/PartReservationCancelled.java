package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code part-reservation-cancelled} v1: field-service gives a part reservation back (the job was cancelled, the part
 * is no longer needed, or the parts manager will ship it by transfer note instead). Inventory releases whatever it
 * still holds for it; nothing when the request was refused or all of it was used. No answer. Key: reservationId, the
 * request's key, so inventory reads the request before its cancellation.
 */
public record PartReservationCancelled(
        UUID reservationId,
        UUID jobId,
        UUID productId,
        BigDecimal quantity,
        UUID locationId,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
