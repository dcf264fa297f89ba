package dev.opsuite.console.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.board.Timeline.Span;

class TimelineTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-07");

    private static Instant at(String time) {
        return Instant.parse(time.length() == 5 ? "2026-12-07T" + time + ":00Z" : time);
    }

    @Test
    void a_quiet_day_shows_six_to_twenty_utc_and_places_spans_as_percentages() {
        Timeline timeline = Timeline.of(DAY, List.of(new Span(at("10:00"), at("11:00"))));

        assertThat(timeline.hours()).hasSize(14).startsWith("06:00").endsWith("19:00");
        assertThat(timeline.minutes()).isEqualTo(840);
        assertThat(timeline.start()).isEqualTo(at("06:00"));
        assertThat(timeline.left(at("06:00"))).isEqualTo("0%");
        assertThat(timeline.left(at("13:00"))).isEqualTo("50%");
        assertThat(timeline.width(at("10:00"), at("11:00"))).isEqualTo("7.1429%");
    }

    @Test
    void hours_widen_to_whole_hours_around_the_days_bookings_only() {
        Timeline timeline = Timeline.of(DAY, List.of(new Span(at("04:30"), at("05:15")), new Span(at("21:10"), at("21:40")),
                new Span(at("2026-12-08T02:00:00Z"), at("2026-12-08T03:00:00Z"))));

        assertThat(timeline.fromHour()).isEqualTo(4);
        assertThat(timeline.toHour()).isEqualTo(22);
    }

    @Test
    void a_span_reaching_past_the_shown_hours_is_clipped_and_one_outside_is_not_shown() {
        Timeline timeline = Timeline.of(DAY, List.of());

        assertThat(timeline.left(at("2026-12-06T22:00:00Z"))).isEqualTo("0%");
        assertThat(timeline.width(at("2026-12-06T22:00:00Z"), at("08:00"))).isEqualTo("14.2857%");
        assertThat(timeline.width(at("19:00"), at("2026-12-09T00:00:00Z"))).isEqualTo("7.1429%");
        assertThat(timeline.shows(at("02:00"), at("06:00"))).isFalse();
        assertThat(timeline.shows(at("19:59"), at("21:00"))).isTrue();
    }
}
