package dev.opsuite.events;

import java.math.BigDecimal;

/**
 * An amount with its VAT, as it travels in events: {@code gross = net + vat}, {@code vat} is
 * {@code net x vatRate / 100} rounded half-up to the currency's minor unit; reverse charge and
 * exempt amounts carry no VAT (rate 0). Amounts are in {@code currency} (ISO 4217).
 */
public record VatBreakdown(
        String currency,
        String vatMode,
        BigDecimal net,
        BigDecimal vatRate,
        BigDecimal vat,
        BigDecimal gross) {
}
