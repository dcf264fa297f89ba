package dev.opsuite.fleet.ledger.domain;

import dev.opsuite.fleet.kernel.Money;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A cost the fleet charges to an order (dispatch-service's, named by its reference): the order's
 * profitability falls by {@code amount} (positive) in {@code currency}. Written once by its source.
 */
public record OrderCost(UUID id, String tenantId, String orderReference, OrderCostKind kind, BigDecimal amount,
        String currency, String description, UUID vehicleId, UUID driverId, String sourceType, UUID sourceId,
        String recordedBy, Instant recordedAt, long version) {

    /** What a source charges: a positive amount in the currency's minor unit, and the vehicle and driver involved. */
    public record Entry(String orderReference, OrderCostKind kind, BigDecimal amount, String currency, String description,
            UUID vehicleId, UUID driverId, String sourceType, UUID sourceId) {
    }

    public static Result<OrderCost> book(UUID id, String tenantId, Entry e, String by, Instant now) {
        if (DriverTransaction.blank(e.orderReference())
                || e.orderReference().strip().length() > DriverTransaction.MAX_ORDER_REFERENCE) {
            return Result.invalid("invalid-order-reference", "orderReference",
                    "An order cost names its order, in 1 to " + DriverTransaction.MAX_ORDER_REFERENCE + " characters.");
        }
        if (e.kind() == null) {
            return Result.invalid("kind-required", "kind", "Name the kind of the cost.");
        }
        Result<BigDecimal> amount = Money.inMinorUnit("amount", "currency", e.currency(), e.amount());
        if (!(amount instanceof Result.Accepted<BigDecimal> exact)) {
            return amount.map(a -> null);
        }
        if (exact.value().signum() <= 0) {
            return Result.invalid("cost-not-positive", "amount", "A cost to an order is positive.");
        }
        Result<DriverTransaction.Source> source = DriverTransaction.Source.of(e.sourceType(), e.sourceId());
        if (!(source instanceof Result.Accepted<DriverTransaction.Source>)) {
            return source.map(s -> null);
        }
        if (DriverTransaction.blank(e.description()) || e.description().strip().length() > DriverTransaction.MAX_DESCRIPTION) {
            return Result.invalid("invalid-description", "description",
                    "An order cost says what it is, in 1 to " + DriverTransaction.MAX_DESCRIPTION + " characters.");
        }
        Entry charged = new Entry(e.orderReference().strip(), e.kind(), exact.value(), e.currency(),
                e.description().strip(), e.vehicleId(), e.driverId(), e.sourceType(), e.sourceId());
        OrderCost cost = new OrderCost(id, tenantId, charged.orderReference(), charged.kind(), charged.amount(),
                charged.currency(), charged.description(), charged.vehicleId(), charged.driverId(), charged.sourceType(),
                charged.sourceId(), by, now, 0);
        return Result.accepted(cost, new OrderCostRecorded(id, tenantId, charged, by, now));
    }
}
