package dev.opsuite.inventory.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of stock valuation, in one place for stock (WAC) and transfers (a note's cost). Unit costs
 * keep 6 decimals, so that a moving average over many small receipts does not drift; money (a line's or a note's
 * value, a write-off, a discrepancy) is rounded half-up to cents. Quantities have 3 decimals (metres of cable,
 * litres of oil).
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

    /** A unit cost as it is kept: 6 decimals, half-up. */
    public static BigDecimal unitCost(BigDecimal cost) {
        return cost.setScale(UNIT_COST_SCALE, RoundingMode.HALF_UP);
    }

    /** No money, at the scale of money. */
    public static BigDecimal noMoney() {
        return BigDecimal.ZERO.setScale(MONEY_SCALE);
    }
}
