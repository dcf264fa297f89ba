package dev.opsuite.field.technicians.domain;

import static dev.opsuite.field.testing.Decisions.accepted;
import static dev.opsuite.field.testing.Decisions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.TimeSpan;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.domain.Technician.Profile;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Result;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A technician's skills, hours in their own time zone, and time off: what the board checks an appointment against. */
class TechnicianTest {

    static final Instant NOW = Instant.parse("2026-05-04T06:00:00Z");
    static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    static final WorkingHours MONDAY = new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(16, 0));

    @Test
    void a_skill_covers_the_same_trade_at_its_level_or_below() {
        Technician tom = tom();

        assertThat(tom.holds(new Skill(Trade.HVAC, 2))).isTrue();
        assertThat(tom.holds(new Skill(Trade.HVAC, 3))).isFalse();
        assertThat(tom.holds(new Skill(Trade.PLUMBING, 1))).isFalse();
        assertThat(tom.skillIn(Trade.ELECTRICAL)).contains(new Skill(Trade.ELECTRICAL, 1));
    }

    @Test
    void shifts_are_the_local_working_hours_met_in_a_range_also_across_a_change_of_daylight_saving_time() {
        Technician tom = tom();
        // Mondays only, 07:00-16:00 Prague: UTC+1 on 2026-03-23, UTC+2 from 2026-03-29 on.
        assertThat(tom.shifts(Instant.parse("2026-03-23T00:00:00Z"), Instant.parse("2026-04-07T00:00:00Z")))
                .containsExactly(
                        new TimeSpan(Instant.parse("2026-03-23T06:00:00Z"), Instant.parse("2026-03-23T15:00:00Z")),
                        new TimeSpan(Instant.parse("2026-03-30T05:00:00Z"), Instant.parse("2026-03-30T14:00:00Z")),
                        new TimeSpan(Instant.parse("2026-04-06T05:00:00Z"), Instant.parse("2026-04-06T14:00:00Z")));
        assertThat(tom.shifts(Instant.parse("2026-03-23T15:00:00Z"), Instant.parse("2026-03-30T05:00:00Z")))
                .as("a shift ended at the start, one starting at the end").isEmpty();
    }

    @Test
    void working_hours_are_the_technicians_local_hours_on_that_weekday() {
        Technician tom = tom();
        // 2026-05-04 is a Monday; Prague is UTC+2 in May, so 07:00-16:00 local is 05:00-14:00 UTC.
        assertThat(tom.works(Instant.parse("2026-05-04T05:00:00Z"), Instant.parse("2026-05-04T14:00:00Z"))).isTrue();
        assertThat(tom.works(Instant.parse("2026-05-04T04:30:00Z"), Instant.parse("2026-05-04T06:00:00Z"))).isFalse();
        assertThat(tom.works(Instant.parse("2026-05-04T13:00:00Z"), Instant.parse("2026-05-04T14:30:00Z"))).isFalse();
        assertThat(tom.works(Instant.parse("2026-05-05T06:00:00Z"), Instant.parse("2026-05-05T07:00:00Z")))
                .as("no hours on Tuesday").isFalse();
    }

    @Test
    void time_off_may_not_overlap_time_off_already_taken_and_is_found_by_any_overlap() {
        Technician tom = accepted(tom().takeTimeOff(UUID.randomUUID(), Instant.parse("2026-05-06T00:00:00Z"),
                Instant.parse("2026-05-08T00:00:00Z"), " Dentist ", "admin", NOW));

        assertThat(tom.timeOff()).singleElement().satisfies(t -> assertThat(t.reason()).isEqualTo("Dentist"));
        assertThat(tom.offDuring(Instant.parse("2026-05-07T10:00:00Z"), Instant.parse("2026-05-07T11:00:00Z"))).isPresent();
        assertThat(tom.offDuring(Instant.parse("2026-05-08T00:00:00Z"), Instant.parse("2026-05-08T01:00:00Z")))
                .as("the end is exclusive").isEmpty();
        assertRejected(tom.takeTimeOff(UUID.randomUUID(), Instant.parse("2026-05-07T00:00:00Z"),
                Instant.parse("2026-05-09T00:00:00Z"), null, "admin", NOW), "time-off-overlaps", "from");
        assertRejected(tom.takeTimeOff(UUID.randomUUID(), Instant.parse("2026-05-10T00:00:00Z"),
                Instant.parse("2026-05-10T00:00:00Z"), null, "admin", NOW), "time-off-inverted", "to");
        UUID dentist = tom.timeOff().get(0).id();
        assertThat(tom.cancelTimeOff(dentist, "admin", NOW)).hasValueSatisfying(t -> assertThat(t.timeOff()).isEmpty());
        assertThat(tom.cancelTimeOff(UUID.randomUUID(), "admin", NOW)).isEmpty();
    }

    @Test
    void one_level_per_trade_and_one_span_per_weekday_that_ends_after_it_starts() {
        assertRejected(register(List.of(new Skill(Trade.HVAC, 1), new Skill(Trade.HVAC, 3)), List.of(MONDAY)),
                "trade-twice", "skills");
        assertRejected(register(List.of(), List.of(MONDAY, MONDAY)), "weekday-twice", "workingHours");
        assertRejected(register(List.of(), List.of(new WorkingHours(DayOfWeek.FRIDAY, LocalTime.NOON, LocalTime.NOON))),
                "working-hours-inverted", "workingHours");
    }

    private static Technician tom() {
        return accepted(register(List.of(new Skill(Trade.HVAC, 2), new Skill(Trade.ELECTRICAL, 1)), List.of(MONDAY)));
    }

    private static Result<Technician> register(List<Skill> skills, List<WorkingHours> hours) {
        return Technician.register(Envelope.created(UUID.randomUUID(), "acme", "admin", NOW), " tom ",
                new Profile(" Tom Hale ", PRAGUE, skills, hours, null));
    }
}
