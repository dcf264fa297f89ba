package dev.opsuite.fleet.kernel;

import dev.opsuite.support.domain.Result;

/**
 * Odometers only go up: a reading below the vehicle's last known mileage is refused. No odometer shows more
 * than {@link #MAX_KM} (the last value of seven digits; a truck is scrapped long before), which keeps every
 * distance and service mileage computed from readings far inside a {@code bigint}.
 */
public final class OdometerPolicy {

    public static final String FIELD = "odometerKm";
    public static final long MAX_KM = 9_999_999;

    private OdometerPolicy() {
    }

    /** An initial mileage: from zero to {@link #MAX_KM}. */
    public static Result<Long> initial(long odometerKm) {
        if (odometerKm < 0) {
            return Result.invalid("negative-odometer", FIELD, "The odometer cannot be negative.");
        }
        if (odometerKm > MAX_KM) {
            return Result.invalid("odometer-too-high", FIELD, "An odometer shows at most " + MAX_KM + " km.");
        }
        return Result.accepted(odometerKm);
    }

    /** A new reading against the current mileage: equal or higher is accepted, up to {@link #MAX_KM}. */
    public static Result<Long> next(long currentKm, long readingKm) {
        if (readingKm < 0 || readingKm > MAX_KM) {
            return initial(readingKm);
        }
        if (readingKm < currentKm) {
            return Result.invalid("odometer-decreased", FIELD,
                    "Odometer readings only go up: " + readingKm + " km is below the last reading of " + currentKm + " km.");
        }
        return Result.accepted(readingKm);
    }
}
