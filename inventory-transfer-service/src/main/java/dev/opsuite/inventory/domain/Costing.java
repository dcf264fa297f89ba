package dev.opsuite.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of stock valuation, in one place. Unit costs (WAC) keep 6 decimals, so that a
 * moving average over many small receipts does not drift; money (a line's or a note's value) is
 * rounded half-up to cents. Quantities have 3 decimals (metres of cable, litres of oil).
 */
public final class Costing {

    public static final int UNIT_COST_SCALE = 6;
    public static final int MONEY_SCALE = 2;
    public static final int QUANTITY_SCALE = 3;

    private Costing() {
    }

    /** What {@code quantity} is worth at {@code unitCost}, in cents. */
    public static BigDecimal value(BigDecimal quantity, BigDecimal unitCost) {
        return quantity.multiply(unitCost).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The perpetual moving average after a receipt: (on hand × WAC + received × its cost) / (on hand
     * + received). A receipt into an empty location takes the receipt's cost.
     */
    public static BigDecimal averageAfterReceipt(BigDecimal onHand, BigDecimal wac, BigDecimal received, BigDecimal cost) {
        BigDecimal total = onHand.add(received);
        if (total.signum() == 0) {
            return wac.setScale(UNIT_COST_SCALE, RoundingMode.HALF_UP);
        }
        return onHand.multiply(wac).add(received.multiply(cost)).divide(total, UNIT_COST_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal unitCost(BigDecimal cost) {
        return cost.setScale(UNIT_COST_SCALE, RoundingMode.HALF_UP);
    }
}
