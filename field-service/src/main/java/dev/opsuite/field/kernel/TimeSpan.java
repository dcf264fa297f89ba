package dev.opsuite.field.kernel;

import java.time.Instant;

/** A stretch of time, UTC, end exclusive: a shift, an appointment, time off, as the board's arithmetic needs it. */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a time span ends after it starts");
        }
    }

    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
