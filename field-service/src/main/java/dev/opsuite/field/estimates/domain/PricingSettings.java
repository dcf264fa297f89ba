package dev.opsuite.field.estimates.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A tenant's pricing: its currency, the sales tax rate (a fraction), whether labor is taxed, the estimate total
 * (tax included) above which the owner must approve, and the hourly labor rate of each rate class.
 */
public record PricingSettings(String currency, BigDecimal taxRate, boolean laborTaxable,
        BigDecimal ownerApprovalThreshold, Map<RateClass, BigDecimal> laborRates) {

    public static final String DEFAULT_CURRENCY = "USD";
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("5000.00");

    public PricingSettings {
        laborRates = Map.copyOf(new EnumMap<>(laborRates));
    }

    public BigDecimal rate(RateClass rateClass) {
        return laborRates.get(rateClass);
    }
}
