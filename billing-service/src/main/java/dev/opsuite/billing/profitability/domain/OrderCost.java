package dev.opsuite.billing.profitability.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A cost the fleet booked to a sales order (order-cost-recorded), as billing keeps it: by the order's number
 * ({@code orderReference}, e.g. SO-2026-000007) within its tenant, kept even while no order has that number yet.
 * {@code amount} is positive: it lowers the order's profit.
 */
public record OrderCost(UUID costId, String tenantId, String orderReference, CostKind kind, BigDecimal amount,
        String currency, String description, Source source, Instant recordedAt) {

    /** Where the cost comes from in the fleet: the fine or accident, the vehicle and driver, who booked it. */
    public record Source(String type, UUID id, UUID vehicleId, UUID driverId, String recordedBy) {
    }
}
