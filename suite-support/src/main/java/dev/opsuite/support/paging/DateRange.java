package dev.opsuite.support.paging;

import dev.opsuite.support.application.Rejection;
import java.time.Instant;

/**
 * A filter on a date-time field, open at either end: {@code from} inclusive, {@code to} exclusive.
 * The one date-range rule of the suite (seed 001, design decision 3).
 */
public record DateRange(String field, Instant from, Instant to) {

    /** Null when both ends are missing; rejects a range whose end is before its start, naming the parameters. */
    public static DateRange of(String field, Instant from, Instant to) {
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw Rejection.invalid("invalid-date-range", field + "To",
                    field + "To (" + to + ") is before " + field + "From (" + from + ").").toException();
        }
        return new DateRange(field, from, to);
    }

    public boolean contains(Instant instant) {
        return instant != null && (from == null || !instant.isBefore(from)) && (to == null || instant.isBefore(to));
    }
}
