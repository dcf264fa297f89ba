package dev.opsuite.field.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 002: first-time fix is the percent of jobs completed without a callback within 30 days. */
class FirstTimeFixTest {

    static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");

    @Test
    void two_of_three_is_66_7_percent_exactly_two_thirds() {
        assertThat(FirstTimeFix.of(3, 1)).isEqualTo(new FirstTimeFix(3, 1, "2/3", new BigDecimal("66.7")));
        assertThat(FirstTimeFix.of(3, 0).percent()).isEqualByComparingTo("100.0");
        assertThat(FirstTimeFix.of(8, 1).percent()).as("87.5 stays").isEqualByComparingTo("87.5");
        assertThat(FirstTimeFix.of(6, 1).percent()).as("83.33 rounds down").isEqualByComparingTo("83.3");
        assertThat(FirstTimeFix.of(40, 1).percent()).as("97.5 exactly").isEqualByComparingTo("97.5");
        assertThat(FirstTimeFix.of(2000, 1).percent()).as("99.95 rounds half up").isEqualByComparingTo("100.0");
    }

    @Test
    void no_job_completed_is_no_rate_not_100_percent() {
        assertThat(FirstTimeFix.of(0, 0)).isEqualTo(new FirstTimeFix(0, 0, null, null));
    }

    @Test
    void every_technician_is_listed_with_their_own_rate_and_the_overall_counts_every_job() {
        UUID mia = UUID.randomUUID();
        UUID ned = UUID.randomUUID();
        UUID ola = UUID.randomUUID();
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(mia, "Mia");
        names.put(ned, "Ned");
        names.put(ola, "Ola");
        List<Completion> done = List.of(job(mia, false), job(mia, true), job(mia, false), job(ned, false));

        FirstTimeFixReport report = FirstTimeFixReport.of(AS_OF, done, names);

        assertThat(report.from()).isEqualTo(Instant.parse("2026-05-31T12:00:00Z"));
        assertThat(report.overall()).isEqualTo(FirstTimeFix.of(4, 1));
        assertThat(report.technicians()).containsExactly(
                new FirstTimeFixReport.OfTechnician(mia, "Mia", FirstTimeFix.of(3, 1)),
                new FirstTimeFixReport.OfTechnician(ned, "Ned", FirstTimeFix.of(1, 0)),
                new FirstTimeFixReport.OfTechnician(ola, "Ola", FirstTimeFix.of(0, 0)));
    }

    private static Completion job(UUID technician, boolean calledBack) {
        return new Completion(UUID.randomUUID(), technician, AS_OF.minusSeconds(3600), calledBack);
    }
}
