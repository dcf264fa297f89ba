package dev.opsuite.fleet.domain;

import dev.opsuite.support.domain.Result;

/** Odometers only go up: a reading below the vehicle's last known mileage is refused. */
public final class OdometerPolicy {

    public static final String FIELD = "odometerKm";

    private OdometerPolicy() {
    }

    /** An initial mileage: zero or more. */
    public static Result<Long> initial(long odometerKm) {
        if (odometerKm < 0) {
            return Result.invalid("negative-odometer", FIELD, "The odometer cannot be negative.");
        }
        return Result.accepted(odometerKm);
    }

    /** A new reading against the current mileage: equal or higher is accepted. */
    public static Result<Long> next(long currentKm, long readingKm) {
        if (readingKm < 0) {
            return initial(readingKm);
        }
        if (readingKm < currentKm) {
            return Result.invalid("odometer-decreased", FIELD,
                    "Odometer readings only go up: " + readingKm + " km is below the last reading of " + currentKm + " km.");
        }
        return Result.accepted(readingKm);
    }
}
