package dev.opsuite.testing.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it: to a month's or a year's last minute, say, when it is already
 * the next one in Prague. It reads UTC, as the services do; {@link #withZone} gives a view of the same instant.
 */
public final class ControlledClock extends Clock {

    private Instant now;

    public ControlledClock(Instant now) {
        this.now = now;
    }

    /** At {@code instant} (ISO-8601, e.g. {@code 2026-12-31T23:30:00Z}). */
    public static ControlledClock at(String instant) {
        return new ControlledClock(Instant.parse(instant));
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(String instant) {
        set(Instant.parse(instant));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        ControlledClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
