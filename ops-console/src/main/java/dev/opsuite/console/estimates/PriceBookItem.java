package dev.opsuite.console.estimates;

import java.math.BigDecimal;

/** A price book item with its unit price now (null when it cannot be priced). */
public record PriceBookItem(String sku, String name, BigDecimal unitPrice, boolean taxable) {
}
