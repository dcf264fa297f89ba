package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code order-cost-recorded} v1: the fleet charged a cost to an order (a fine, the company's share of
 * an accident), lowering the order's profitability by {@code amount} (positive) in {@code currency}.
 * Key: orderReference, so one order's costs stay in order.
 */
public record OrderCostRecorded(
        UUID costId,
        String orderReference,
        String kind,
        BigDecimal amount,
        String currency,
        String description,
        UUID vehicleId,
        UUID driverId,
        String sourceType,
        UUID sourceId,
        String recordedBy,
        Instant recordedAt) {
}
