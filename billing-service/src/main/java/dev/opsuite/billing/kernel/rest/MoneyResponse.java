package dev.opsuite.billing.kernel.rest;

import java.math.BigDecimal;

/** An amount with its ISO 4217 currency, as every billing response shows one. */
public record MoneyResponse(BigDecimal amount, String currency) {
}
