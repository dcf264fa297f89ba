package dev.opsuite.events;

import java.math.BigDecimal;

/** An amount with its ISO 4217 currency, as it travels in events. */
public record Money(BigDecimal amount, String currency) {
}
