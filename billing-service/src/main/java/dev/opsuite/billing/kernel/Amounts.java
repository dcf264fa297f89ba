package dev.opsuite.billing.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money rounding of the suite, for orders and invoices alike: half-up to two decimals. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A quantity at a unit price, half-up to cents. */
    public static BigDecimal of(BigDecimal quantity, BigDecimal unitPrice) {
        return cents(quantity.multiply(unitPrice));
    }
}
