package dev.opsuite.field.quality.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Seed 002's headline quality metric: of the jobs completed, the share nobody had to call back on.
 * {@code fraction} is exact ("2/3"), {@code percent} rounded half-up to one decimal (66.7); both null when no job was
 * completed (no work is not perfect work).
 */
public record FirstTimeFix(long completed, long withCallback, String fraction, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static FirstTimeFix of(long completed, long withCallback) {
        if (withCallback < 0 || withCallback > completed) {
            throw new IllegalArgumentException("callbacks are counted among the jobs completed");
        }
        if (completed == 0) {
            return new FirstTimeFix(0, 0, null, null);
        }
        long fixed = completed - withCallback;
        return new FirstTimeFix(completed, withCallback, fixed + "/" + completed,
                BigDecimal.valueOf(fixed).multiply(HUNDRED).divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP));
    }
}
