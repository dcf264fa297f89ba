package dev.opsuite.field.board.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.board.domain.FollowUp.Candidate;
import dev.opsuite.field.kernel.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The earliest slot of a follow-up: inside one shift, clear of everything booked, on the quarter hour from now. */
class FollowUpTest {

    static final UUID JOB = UUID.randomUUID();
    static final UUID CAPACITOR = UUID.randomUUID();
    static final Duration NINETY = Duration.ofMinutes(90);
    static final TimeSpan MONDAY = span("2026-05-04T08:00:00Z", "2026-05-04T17:00:00Z");
    static final TimeSpan TUESDAY = span("2026-05-05T08:00:00Z", "2026-05-05T17:00:00Z");

    @Test
    void the_first_gap_long_enough_wins_a_shorter_one_before_it_is_skipped() {
        Candidate tom = new Candidate(UUID.randomUUID(), "Tom", List.of(MONDAY, TUESDAY), List.of(
                span("2026-05-04T08:00:00Z", "2026-05-04T10:00:00Z"),
                span("2026-05-04T11:00:00Z", "2026-05-04T12:00:00Z"),   // 10:00-11:00 is an hour: too short
                span("2026-05-04T15:00:00Z", "2026-05-04T17:00:00Z")));

        FollowUp slot = earliest(List.of(tom), "2026-05-03T18:00:00Z").orElseThrow();

        assertThat(slot.technicianId()).isEqualTo(tom.technicianId());
        assertThat(slot.start()).isEqualTo(Instant.parse("2026-05-04T12:00:00Z"));
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-05-04T13:30:00Z"));
        assertThat(slot.productId()).isEqualTo(CAPACITOR);
    }

    @Test
    void a_slot_never_runs_past_the_shift_and_starts_on_the_quarter_hour_after_now() {
        Candidate tom = new Candidate(UUID.randomUUID(), "Tom", List.of(MONDAY, TUESDAY), List.of());

        assertThat(earliest(List.of(tom), "2026-05-04T15:31:10Z").orElseThrow().start())
                .as("16:00 would end at 17:30, after the shift").isEqualTo(Instant.parse("2026-05-05T08:00:00Z"));
        assertThat(earliest(List.of(tom), "2026-05-04T09:07:00Z").orElseThrow().start())
                .isEqualTo(Instant.parse("2026-05-04T09:15:00Z"));
        assertThat(earliest(List.of(tom), "2026-05-04T09:15:00Z").orElseThrow().start())
                .isEqualTo(Instant.parse("2026-05-04T09:15:00Z"));
    }

    @Test
    void the_earliest_technician_wins_and_the_first_by_name_when_two_are_as_early() {
        Candidate tom = new Candidate(UUID.randomUUID(), "Tom", List.of(MONDAY), List.of(
                span("2026-05-04T08:00:00Z", "2026-05-04T09:00:00Z")));
        Candidate ann = new Candidate(UUID.randomUUID(), "Ann", List.of(MONDAY), List.of(
                span("2026-05-04T08:00:00Z", "2026-05-04T09:00:00Z")));
        Candidate zoe = new Candidate(UUID.randomUUID(), "Zoe", List.of(TUESDAY), List.of());

        assertThat(earliest(List.of(tom, zoe, ann), "2026-05-03T18:00:00Z").orElseThrow().technicianId())
                .isEqualTo(ann.technicianId());
    }

    @Test
    void no_one_free_within_the_horizon_is_no_suggestion() {
        TimeSpan farAway = span("2026-06-01T08:00:00Z", "2026-06-01T17:00:00Z");
        Candidate booked = new Candidate(UUID.randomUUID(), "Tom", List.of(MONDAY), List.of(MONDAY));
        Candidate later = new Candidate(UUID.randomUUID(), "Ann", List.of(farAway), List.of());

        assertThat(earliest(List.of(booked, later), "2026-05-03T18:00:00Z")).isEmpty();
        assertThat(earliest(List.of(), "2026-05-03T18:00:00Z")).isEmpty();
    }

    private static java.util.Optional<FollowUp> earliest(List<Candidate> candidates, String now) {
        return FollowUp.earliest(JOB, CAPACITOR, NINETY, candidates, Instant.parse(now));
    }

    private static TimeSpan span(String from, String to) {
        return new TimeSpan(Instant.parse(from), Instant.parse(to));
    }
}
