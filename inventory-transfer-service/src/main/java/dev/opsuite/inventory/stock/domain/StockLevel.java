package dev.opsuite.inventory.stock.domain;

import dev.opsuite.inventory.kernel.Costing;
import dev.opsuite.inventory.kernel.StockKey;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The stock of one product at one location: on hand, reserved for someone, on its way here (in
 * transit), and the perpetual moving-average unit cost (WAC) of what is on hand. Available is on
 * hand minus reserved; nothing may take more than that. Every change answers the ledger movement
 * that records it.
 */
public final class StockLevel {

    /** On hand, reserved and in transit are numeric(15,3): this much and no more. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.999");

    private final UUID id;
    private final String tenantId;
    private final StockKey key;
    private StockQuantities quantities;
    private BigDecimal unitCost;
    private Instant updatedAt;
    private final long version;

    /** The stock of {@code key}: its {@code quantities}, valued at {@code unitCost} (the WAC). */
    public StockLevel(UUID id, String tenantId, StockKey key, StockQuantities quantities, BigDecimal unitCost,
            Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.key = key;
        this.quantities = quantities;
        this.unitCost = unitCost;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Nothing yet of this product here. */
    public static StockLevel empty(UUID id, String tenantId, StockKey key, Instant now) {
        return new StockLevel(id, tenantId, key, StockQuantities.NONE, BigDecimal.ZERO, now, 0);
    }

    public BigDecimal available() {
        return quantities.available();
    }

    /**
     * An opening balance or a count correction. An addition comes with its unit cost and moves the
     * WAC; a removal takes stock out at the current WAC and leaves it unchanged.
     */
    public Result<StockMovement> adjust(BigDecimal change, BigDecimal additionCost, String reason, StockReference reference,
            String by, Instant now) {
        if (change.signum() == 0) {
            return Result.invalid("zero-adjustment", "quantity", "An adjustment changes the quantity; 0 changes nothing.");
        }
        if (change.signum() > 0) {
            if (additionCost == null || additionCost.signum() < 0) {
                return Result.invalid("unit-cost-required", "unitCost",
                        "An addition to stock needs the unit cost it enters at (0 or more).");
            }
            if (onHand().add(change).compareTo(MAX_QUANTITY) > 0) {
                return Result.invalid("stock-limit-exceeded", "quantity", "On hand would exceed "
                        + MAX_QUANTITY.toPlainString() + ", the most a stock level can hold.");
            }
            BigDecimal cost = Costing.unitCost(additionCost);
            unitCost = averageAfterReceipt(onHand(), unitCost, change, cost);
            return Result.accepted(movement(MovementKind.ADJUSTMENT, StockQuantities.onHandChange(change), cost,
                    Costing.value(change, cost), reason, reference, by, now));
        }
        BigDecimal removed = change.negate();
        if (removed.compareTo(available()) > 0) {
            return insufficient("quantity", removed);
        }
        return Result.accepted(movement(MovementKind.ADJUSTMENT, StockQuantities.onHandChange(change), unitCost,
                Costing.value(change, unitCost), reason, reference, by, now));
    }

    /** Takes {@code quantity} out of the available stock to ship it; the movement carries the WAC it leaves at. */
    public Result<StockMovement> dispatch(BigDecimal quantity, String field, StockReference reference, String by, Instant now) {
        if (quantity.compareTo(available()) > 0) {
            return insufficient(field, quantity);
        }
        return Result.accepted(movement(MovementKind.TRANSFER_OUT, StockQuantities.onHandChange(quantity.negate()), unitCost,
                Costing.value(quantity.negate(), unitCost), null, reference, by, now));
    }

    /** Goods dispatched to this location: counted as in transit until they are received or written off. */
    public StockMovement expect(BigDecimal quantity, BigDecimal cost, StockReference reference, String by, Instant now) {
        return movement(MovementKind.TRANSFER_EXPECTED, StockQuantities.inTransitChange(quantity), cost, Costing.noMoney(),
                null, reference, by, now);
    }

    /** Goods in transit arrived in good order: on hand at {@code cost} (the note's frozen cost), WAC recomputed. */
    public StockMovement receive(BigDecimal quantity, BigDecimal cost, StockReference reference, String by, Instant now) {
        unitCost = averageAfterReceipt(onHand(), unitCost, quantity, cost);
        return movement(MovementKind.TRANSFER_IN, new StockQuantities(quantity, BigDecimal.ZERO, transitLeaving(quantity)),
                cost, Costing.value(quantity, cost), null, reference, by, now);
    }

    /** Goods in transit that will never be on hand here (damaged, or missing when a note is closed short). */
    public StockMovement writeOffInTransit(MovementKind kind, BigDecimal quantity, BigDecimal cost, String reason,
            StockReference reference, String by, Instant now) {
        return movement(kind, StockQuantities.inTransitChange(transitLeaving(quantity)), cost, Costing.value(quantity, cost),
                reason, reference, by, now);
    }

    /** Holds {@code quantity} of the available stock for someone; nobody else can take it. */
    public Result<StockMovement> reserve(BigDecimal quantity, StockReference reference, String by, Instant now) {
        if (quantity.compareTo(available()) > 0) {
            return insufficient("quantity", quantity);
        }
        return Result.accepted(movement(MovementKind.RESERVED, StockQuantities.reservedChange(quantity), unitCost,
                Costing.noMoney(), null, reference, by, now));
    }

    /** Gives reserved stock back to everyone. */
    public StockMovement release(BigDecimal quantity, StockReference reference, String by, Instant now) {
        return movement(MovementKind.RESERVATION_RELEASED, StockQuantities.reservedChange(quantity.negate()), unitCost,
                Costing.noMoney(), null, reference, by, now);
    }

    /** Reserved stock used up: it leaves on hand at the current WAC. */
    public StockMovement consume(BigDecimal quantity, StockReference reference, String by, Instant now) {
        return movement(MovementKind.RESERVATION_CONSUMED,
                new StockQuantities(quantity.negate(), quantity.negate(), BigDecimal.ZERO), unitCost,
                Costing.value(quantity.negate(), unitCost), null, reference, by, now);
    }

    /** Available stock taken for someone's use without a reservation (a part fitted from the truck): leaves at the WAC. */
    public Result<StockMovement> issue(BigDecimal quantity, StockReference reference, String by, Instant now) {
        if (quantity.compareTo(available()) > 0) {
            return insufficient("quantity", quantity);
        }
        return Result.accepted(movement(MovementKind.ISSUED, StockQuantities.onHandChange(quantity.negate()), unitCost,
                Costing.value(quantity.negate(), unitCost), null, reference, by, now));
    }

    /**
     * The perpetual moving average after a receipt: (on hand × WAC + received × its cost) / (on hand
     * + received). A receipt into an empty location takes the receipt's cost.
     */
    static BigDecimal averageAfterReceipt(BigDecimal onHand, BigDecimal wac, BigDecimal received, BigDecimal cost) {
        BigDecimal total = onHand.add(received);
        if (total.signum() == 0) {
            return Costing.unitCost(wac);
        }
        return onHand.multiply(wac).add(received.multiply(cost)).divide(total, Costing.UNIT_COST_SCALE, RoundingMode.HALF_UP);
    }

    /** The change of in transit when {@code quantity} leaves it: in transit only ever counts what dispatched notes announced; never below zero. */
    private BigDecimal transitLeaving(BigDecimal quantity) {
        return quantity.min(inTransit()).negate();
    }

    private <T> Result<T> insufficient(String field, BigDecimal wanted) {
        return Result.wrongState("insufficient-stock", field, "Only " + available().stripTrailingZeros().toPlainString()
                + " of product " + productId() + " is available at location " + locationId() + "; "
                + wanted.stripTrailingZeros().toPlainString() + " was asked for.");
    }

    /** Applies {@code change} and answers the ledger line that records it, with on hand and the WAC after it. */
    @SuppressWarnings("java:S107")
    private StockMovement movement(MovementKind kind, StockQuantities change, BigDecimal cost, BigDecimal value,
            String reason, StockReference reference, String by, Instant now) {
        quantities = quantities.plus(change);
        updatedAt = now;
        return new StockMovement(UUID.randomUUID(), locationId(), productId(), kind, change.onHand(), change.reserved(),
                change.inTransit(), cost, value, onHand(), unitCost, reason, reference, now, by);
    }

    /**
     * What {@code movements}, the ones a change made to this level, come to: the level as it is now, at a location
     * of {@code locationType} (and {@code vehicleId}, for a truck), valued in {@code currency}.
     */
    public StockLevelChanged changed(List<StockMovement> movements, String locationType, UUID vehicleId, String currency) {
        return new StockLevelChanged(id, tenantId, locationId(), locationType, vehicleId, productId(), onHand(), reserved(),
                available(), inTransit(), unitCost, currency, movements, updatedAt);
    }

    /** Which product at which location this is the stock of. */
    public StockKey key() { return key; }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public UUID locationId() { return key.locationId(); }
    public UUID productId() { return key.productId(); }
    public StockQuantities quantities() { return quantities; }
    public BigDecimal onHand() { return quantities.onHand(); }
    public BigDecimal reserved() { return quantities.reserved(); }
    public BigDecimal inTransit() { return quantities.inTransit(); }
    public BigDecimal unitCost() { return unitCost; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
