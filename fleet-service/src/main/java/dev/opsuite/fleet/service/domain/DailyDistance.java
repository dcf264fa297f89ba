package dev.opsuite.fleet.service.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far a vehicle goes in a day, from its odometer readings of the last N days (N configurable, 30
 * by default): {@code (last km - first km) / (days between the first and the last reading)}, days
 * counted exactly (hours / 24), rounded half-up to one decimal. Unknown (empty) with fewer than two
 * readings or less than one day between them.
 */
public final class DailyDistance {

    private DailyDistance() {
    }

    /** The earliest and the latest reading of the window; odometers only go up, so they are its lowest and highest. */
    public record Window(long firstKm, Instant firstReadAt, long lastKm, Instant lastReadAt) {
    }

    public static Optional<BigDecimal> of(Window w) {
        if (w == null || w.firstReadAt() == null || w.lastReadAt() == null) {
            return Optional.empty();
        }
        Duration span = Duration.between(w.firstReadAt(), w.lastReadAt());
        if (span.compareTo(Duration.ofDays(1)) < 0) {
            return Optional.empty();
        }
        BigDecimal days = BigDecimal.valueOf(span.getSeconds()).divide(BigDecimal.valueOf(86_400), 6, RoundingMode.HALF_UP);
        return Optional.of(BigDecimal.valueOf(w.lastKm() - w.firstKm()).divide(days, 1, RoundingMode.HALF_UP));
    }
}
