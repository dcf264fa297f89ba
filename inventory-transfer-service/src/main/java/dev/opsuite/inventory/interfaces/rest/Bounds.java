package dev.opsuite.inventory.interfaces.rest;

/**
 * The request bounds of quantities and unit costs. Quantities are stored as numeric(15,3), unit costs (WAC) as
 * numeric(19,6) and values as numeric(19,2): a quantity below 10^9 times a unit cost below 10^8 is below 10^17,
 * so every movement's, discrepancy's and cost line's value fits its column, and a WAC, an average of such costs,
 * stays below 10^8 too. On-hand stock grows by many quantities; {@code StockLevel} guards its column.
 */
public final class Bounds {

    public static final String MAX_QUANTITY = "999999999.999";
    public static final String MIN_QUANTITY = "-999999999.999";
    public static final int QUANTITY_DIGITS = 9;
    public static final String MAX_UNIT_COST = "99999999.999999";
    public static final int UNIT_COST_DIGITS = 8;

    private Bounds() {
    }
}
