package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code fine-attributed} v1: a fine was charged to the driver who drove the vehicle then, found in the
 * driving record (a trip ticket or a dispatch) or named by a manager; the driver's deduction was booked
 * and, with an order, the order's cost. Key: fineId.
 */
public record FineAttributed(
        UUID fineId,
        UUID vehicleId,
        Instant committedAt,
        String offense,
        BigDecimal amount,
        String currency,
        UUID driverId,
        String driverNumber,
        String attribution,
        String drivingSource,
        UUID drivingSourceId,
        String drivingSourceNumber,
        UUID tripTicketId,
        String orderReference,
        UUID driverTransactionId,
        UUID orderCostId,
        String attributedBy,
        Instant attributedAt) {
}
