package dev.opsuite.fleet.ledger.domain;

import dev.opsuite.fleet.kernel.Money;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A cost the fleet charges to an order (dispatch-service's, named by its reference): the order's
 * profitability falls by {@code amount} (positive) in {@code currency}. Written once by its source.
 */
public record OrderCost(Envelope envelope, Entry charge) implements Enveloped {

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
        return Result.accepted(new OrderCost(Envelope.created(id, tenantId, by, now), charged),
                new OrderCostRecorded(id, tenantId, charged, by, now));
    }

    public String orderReference() { return charge.orderReference(); }
    public OrderCostKind kind() { return charge.kind(); }
    public BigDecimal amount() { return charge.amount(); }
    public String currency() { return charge.currency(); }
    public String description() { return charge.description(); }
    public UUID vehicleId() { return charge.vehicleId(); }
    public UUID driverId() { return charge.driverId(); }
    public String sourceType() { return charge.sourceType(); }
    public UUID sourceId() { return charge.sourceId(); }
    public String recordedBy() { return envelope.createdBy(); }
    public Instant recordedAt() { return envelope.createdAt(); }
}
