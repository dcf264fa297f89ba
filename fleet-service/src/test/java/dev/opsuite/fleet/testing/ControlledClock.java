package dev.opsuite.fleet.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets and moves: month and year ends, Prague against UTC, without waiting for them. */
public final class ControlledClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    private ControlledClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** At {@code instant} (ISO-8601, e.g. 2026-03-10T08:00:00Z), in UTC. */
    public static ControlledClock at(String instant) {
        return new ControlledClock(Instant.parse(instant), ZoneOffset.UTC);
    }

    public void set(String instant) {
        now = Instant.parse(instant);
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        ControlledClock view = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId another) {
                return view.withZone(another);
            }

            @Override
            public Instant instant() {
                return view.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
