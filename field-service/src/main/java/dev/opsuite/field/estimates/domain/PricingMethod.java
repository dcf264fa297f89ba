package dev.opsuite.field.estimates.domain;

/** How a price book item is priced: a markup over what the part costs (inventory's WAC), or a fixed price. */
public enum PricingMethod {
    MARKUP, FIXED
}
