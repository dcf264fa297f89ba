package dev.opsuite.billing.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One line of a sales order: what is sold, how many, at what unit price. */
public record OrderLine(String description, BigDecimal quantity, BigDecimal unitPrice) {

    /**
     * A line amount and an order total stay below 10^15: they fit the totals' numeric(19,2) columns with room, and
     * every reader of the events that carry them. A quantity and a unit price each within their bounds can
     * multiply beyond it, so the product is checked.
     */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

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
