package dev.opsuite.inventory.testing;

import java.math.BigDecimal;

/** Quantities and prices written as the seed writes them ({@code qty("12.50")}). */
public final class Quantities {

    private Quantities() {
    }

    public static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }
}
