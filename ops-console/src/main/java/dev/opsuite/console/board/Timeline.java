package dev.opsuite.console.board;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The board's hours, left to right: a UTC day (the service's board is a UTC day) shown from {@code fromHour} to
 * {@code toHour}, 06:00–20:00 unless something booked on the day lies outside. Places a span as CSS percentages of
 * the track's width, clipped to what is shown.
 */
public record Timeline(LocalDate date, int fromHour, int toHour) {

    public static final int FIRST_HOUR = 6;
    public static final int LAST_HOUR = 20;

    public record Span(Instant from, Instant to) {
    }

    /** The default hours widened to whole hours around every span of the day that falls outside them. */
    public static Timeline of(LocalDate date, List<Span> spans) {
        Instant dayStart = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant dayEnd = dayStart.plus(Duration.ofDays(1));
        int from = FIRST_HOUR;
        int to = LAST_HOUR;
        for (Span s : spans) {
            if (s.to().isAfter(dayStart) && s.from().isBefore(dayEnd)) {
                long startMinute = Math.max(0, Duration.between(dayStart, s.from()).toMinutes());
                long endMinute = Math.min(24 * 60, Duration.between(dayStart, s.to()).toMinutes());
                from = Math.min(from, (int) (startMinute / 60));
                to = Math.max(to, (int) ((endMinute + 59) / 60));
            }
        }
        return new Timeline(date, from, to);
    }

    public Instant start() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(fromHour));
    }

    public Instant end() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(toHour));
    }

    public long minutes() {
        return (toHour - fromHour) * 60L;
    }

    /** The column headings: 06:00, 07:00, ... (the hour starting there). */
    public List<String> hours() {
        return IntStream.range(fromHour, toHour).mapToObj(h -> String.format(Locale.ROOT, "%02d:00", h)).toList();
    }

    /** Whether any part of the span is shown. */
    public boolean shows(Instant from, Instant to) {
        return to.isAfter(start()) && from.isBefore(end());
    }

    /** The CSS left of a span starting at {@code from}: "12.5%". */
    public String left(Instant from) {
        return percent(offset(from));
    }

    /** The CSS width of the span, the part of it shown. */
    public String width(Instant from, Instant to) {
        return percent(offset(to) - offset(from));
    }

    /** Minutes from the first shown hour, clipped to what is shown. */
    private long offset(Instant at) {
        return Math.max(0, Math.min(minutes(), Duration.between(start(), at).toMinutes()));
    }

    private String percent(long minutesSpanned) {
        String value = String.format(Locale.ROOT, "%.4f", minutesSpanned * 100.0 / minutes());
        return value.replaceAll("\\.?0+$", "") + "%";
    }
}
