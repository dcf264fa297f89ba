package dev.opsuite.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One line of a sales order: what is sold, how many, at what unit price. */
public record OrderLine(String description, BigDecimal quantity, BigDecimal unitPrice) {

    /** Quantity times unit price, half-up to cents. */
    public BigDecimal amount() {
        return Amounts.cents(quantity.multiply(unitPrice));
    }

    /** Money rounding of the suite: half-up to two decimals. */
    public static final class Amounts {

        private Amounts() {
        }

        public static BigDecimal cents(BigDecimal value) {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
