package dev.opsuite.inventory.stock.domain;

import java.math.BigDecimal;

/**
 * The quantities of a stock level (on hand, reserved for someone, in transit to it), or a change of them: what one
 * ledger movement adds to each. Available is on hand minus reserved.
 */
public record StockQuantities(BigDecimal onHand, BigDecimal reserved, BigDecimal inTransit) {

    /** Nothing, or no change. */
    public static final StockQuantities NONE = new StockQuantities(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** A change of on hand only (signed). */
    static StockQuantities onHandChange(BigDecimal change) {
        return new StockQuantities(change, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** A change of reserved only (signed). */
    static StockQuantities reservedChange(BigDecimal change) {
        return new StockQuantities(BigDecimal.ZERO, change, BigDecimal.ZERO);
    }

    /** A change of in transit only (signed). */
    static StockQuantities inTransitChange(BigDecimal change) {
        return new StockQuantities(BigDecimal.ZERO, BigDecimal.ZERO, change);
    }

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    /** These quantities after {@code change}. */
    StockQuantities plus(StockQuantities change) {
        return new StockQuantities(onHand.add(change.onHand), reserved.add(change.reserved), inTransit.add(change.inTransit));
    }
}
