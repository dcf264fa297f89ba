package dev.opsuite.field.estimates.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Field's pricing rule for money: amounts are half-up to cents. */
public final class Prices {

    private Prices() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** One line: quantity × unit price, half-up to cents. */
    public static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
        return cents(quantity.multiply(unitPrice));
    }
}
