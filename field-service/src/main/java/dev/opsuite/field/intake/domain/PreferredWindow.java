package dev.opsuite.field.intake.domain;

import java.time.Instant;

/** When the customer would like someone on site (UTC); a wish the dispatcher weighs, not a booking. */
public record PreferredWindow(Instant from, Instant to) {
}
