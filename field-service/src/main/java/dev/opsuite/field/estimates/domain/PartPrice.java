package dev.opsuite.field.estimates.domain;

import java.math.BigDecimal;

/** What a price book sku is charged now: its unit price, null when it cannot be priced (a markup over no known cost). */
public record PartPrice(String sku, String name, BigDecimal unitPrice, boolean taxable) {
}
