package dev.opsuite.field.kernel.rest;

import dev.opsuite.support.application.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The {@code date} query parameter of a day's view (the board, my jobs): a UTC day, today without one. */
public final class Days {

    private Days() {
    }

    /** The start of the UTC day {@code date} names (2026-05-04), or of today by {@code clock}; malformed is 400. */
    public static Instant startOf(String date, Clock clock) {
        if (date == null) {
            return LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("malformed-date", "date", "date is a day like 2026-05-04.").toException();
        }
    }
}
