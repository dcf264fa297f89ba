package dev.opsuite.field.estimates.domain;

import java.math.BigDecimal;

/**
 * One line of an estimate, priced when it was estimated: LABOR (hours at the rate of its class) or PART (a price book
 * sku). The estimate keeps the unit price it used, so later price changes do not move an estimate already written.
 */
public record EstimateLine(Kind kind, String description, String sku, RateClass rateClass, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal amount, boolean taxable) {

    public enum Kind {
        LABOR, PART
    }

    public static EstimateLine labor(BigDecimal hours, RateClass rateClass, BigDecimal rate, boolean taxable) {
        return new EstimateLine(Kind.LABOR, "Labor, " + rateClass.name().toLowerCase() + " rate", null, rateClass, hours,
                rate, Prices.amount(hours, rate), taxable);
    }

    public static EstimateLine part(String sku, String name, BigDecimal quantity, BigDecimal unitPrice,
            boolean taxable) {
        return new EstimateLine(Kind.PART, name, sku, null, quantity, unitPrice, Prices.amount(quantity, unitPrice),
                taxable);
    }
}
