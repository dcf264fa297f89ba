package dev.opsuite.billing.ledger.domain;

/** The QuickBooks item a part's sku is booked as (instead of the part kind's item). */
public record SkuItem(String sku, String item) {
}
