package dev.opsuite.field.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.kernel.TimeSpan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 002's tech utilization: booked hours of the day against the hours the technician could work that day. */
class UtilizationTest {

    static final TimeSpan DAY = span("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z");

    @Test
    void booked_hours_against_the_shift_less_time_off() {
        Utilization u = Utilization.of(DAY, List.of(span("2026-03-10T07:00:00Z", "2026-03-10T17:00:00Z")),
                List.of(span("2026-03-10T12:00:00Z", "2026-03-10T15:00:00Z"),
                        span("2026-03-10T14:00:00Z", "2026-03-10T16:00:00Z")),
                List.of(span("2026-03-10T09:00:00Z", "2026-03-10T10:00:00Z")));

        assertThat(u).isEqualTo(new Utilization(new BigDecimal("1.00"), new BigDecimal("6.00"), new BigDecimal("16.7")));
    }

    @Test
    void only_the_part_inside_the_day_counts_and_no_working_time_is_no_rate() {
        Utilization night = Utilization.of(DAY, List.of(span("2026-03-10T22:00:00Z", "2026-03-11T06:00:00Z")), List.of(),
                List.of(span("2026-03-10T23:00:00Z", "2026-03-11T01:00:00Z")));
        assertThat(night).isEqualTo(new Utilization(new BigDecimal("1.00"), new BigDecimal("2.00"), new BigDecimal("50.0")));

        Utilization off = Utilization.of(DAY, List.of(), List.of(), List.of());
        assertThat(off.percent()).isNull();
        assertThat(Utilization.total(List.of(night, off))).isEqualTo(night);
    }

    private static TimeSpan span(String from, String to) {
        return new TimeSpan(Instant.parse(from), Instant.parse(to));
    }
}
