package dev.opsuite.field.quality.domain;

import dev.opsuite.field.kernel.TimeSpan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a technician's working time on a day is booked: {@code booked} (live appointments, the part inside the
 * day) against {@code available} (their shifts inside the day, less their time off), in hours to two decimals;
 * {@code percent} = booked / available rounded half-up to one decimal, null when nothing was available.
 */
public record Utilization(BigDecimal bookedHours, BigDecimal availableHours, BigDecimal percent) {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /** One technician's day. */
    public static Utilization of(TimeSpan day, List<TimeSpan> shifts, List<TimeSpan> timeOff, List<TimeSpan> booked) {
        Duration available = Duration.ZERO;
        for (TimeSpan shift : shifts) {
            available = available.plus(length(clip(shift, day)).minus(covered(clip(shift, day), timeOff)));
        }
        return of(covered(day, booked), available);
    }

    /** The sum of several technicians' days. */
    public static Utilization total(List<Utilization> each) {
        return of(each.stream().map(Utilization::bookedHours).reduce(BigDecimal.ZERO, BigDecimal::add),
                each.stream().map(Utilization::availableHours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Utilization of(Duration booked, Duration available) {
        return of(hours(booked), hours(available));
    }

    private static Utilization of(BigDecimal booked, BigDecimal available) {
        BigDecimal percent = available.signum() == 0 ? null
                : booked.multiply(BigDecimal.valueOf(100)).divide(available, 1, RoundingMode.HALF_UP);
        return new Utilization(booked, available, percent);
    }

    private static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.toMinutes()).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** How much of {@code within} the spans cover (overlapping spans counted once). */
    static Duration covered(TimeSpan within, List<TimeSpan> spans) {
        if (within == null) {
            return Duration.ZERO;
        }
        List<TimeSpan> inside = new ArrayList<>();
        for (TimeSpan s : spans) {
            TimeSpan c = clip(s, within);
            if (c != null) {
                inside.add(c);
            }
        }
        inside.sort(Comparator.comparing(TimeSpan::start));
        Duration total = Duration.ZERO;
        Instant reached = within.start();
        for (TimeSpan s : inside) {
            Instant from = s.start().isAfter(reached) ? s.start() : reached;
            if (s.end().isAfter(from)) {
                total = total.plus(Duration.between(from, s.end()));
                reached = s.end();
            }
        }
        return total;
    }

    /** The part of {@code span} inside {@code within}; null when none is. */
    static TimeSpan clip(TimeSpan span, TimeSpan within) {
        Instant start = span.start().isAfter(within.start()) ? span.start() : within.start();
        Instant end = span.end().isBefore(within.end()) ? span.end() : within.end();
        return start.isBefore(end) ? new TimeSpan(start, end) : null;
    }

    private static Duration length(TimeSpan span) {
        return span == null ? Duration.ZERO : Duration.between(span.start(), span.end());
    }
}
