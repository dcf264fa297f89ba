package dev.opsuite.console.technician;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How a job of the queue reads on the phone: its window, status, next action and hours. */
class MyJobTest {

    private static MyJob job(String status, String waitingFor, List<MyJob.Labor> labor) {
        return new MyJob(UUID.randomUUID(), null, null, "Furnace repair", "HVAC", 2, 60, status,
                new MyJob.Assignment(UUID.randomUUID(), Instant.parse("2026-12-05T13:00:00Z"), Instant.parse("2026-12-05T14:30:00Z")),
                null, labor, null, null, waitingFor, 3);
    }

    @Test
    void the_window_and_the_day_are_the_appointments() {
        MyJob job = job("SCHEDULED", null, null);
        assertThat(job.window()).isEqualTo("13:00–14:30 UTC");
        assertThat(job.day()).isEqualTo(LocalDate.parse("2026-12-05"));
        assertThat(job.partsUsed()).isEmpty();
    }

    @Test
    void the_next_action_follows_the_status() {
        assertThat(job("SCHEDULED", null, null).nextAction()).isEqualTo("Start the job on site");
        assertThat(job("IN_PROGRESS", null, null).nextAction()).isEqualTo("Diagnose, log labor and parts, complete");
        assertThat(job("WAITING_ON_PARTS", "1x capacitor", null).nextAction()).isEqualTo("Waiting on parts: 1x capacitor");
        assertThat(job("WAITING_ON_PARTS", null, null).statusText()).isEqualTo("Waiting on parts");
        assertThat(job("COMPLETED", null, null).statusTone()).isEqualTo("ok");
    }

    @Test
    void what_was_used_over_the_day_adds_up_per_sku() {
        MyJob first = new MyJob(UUID.randomUUID(), null, null, "A", "HVAC", 2, 60, "COMPLETED", null, null,
                List.of(new MyJob.Labor(UUID.randomUUID(), "tom", null, null, new BigDecimal("1.50"), "STANDARD")),
                List.of(new MyJob.PartUsed(UUID.randomUUID(), null, "FLT-16x25", new BigDecimal("1.000"), null)), null, null, 2);
        MyJob second = new MyJob(UUID.randomUUID(), null, null, "B", "HVAC", 2, 60, "IN_PROGRESS", null, null,
                List.of(new MyJob.Labor(UUID.randomUUID(), "tom", null, null, new BigDecimal("0.5"), "OVERTIME")),
                List.of(new MyJob.PartUsed(UUID.randomUUID(), null, "CAP-45-5", BigDecimal.ONE, null),
                        new MyJob.PartUsed(UUID.randomUUID(), null, "FLT-16x25", new BigDecimal("2"), null)), null, null, 2);

        assertThat(UsedToday.of(List.of(first, second))).isEqualTo(new UsedToday("2", List.of("FLT-16x25 × 3", "CAP-45-5 × 1")));
        assertThat(UsedToday.of(List.of(job("SCHEDULED", null, null))).any()).isFalse();
    }

    @Test
    void the_forms_shown_follow_the_status() {
        assertThat(job("SCHEDULED", null, null).shows("labor")).isFalse();
        assertThat(job("SCHEDULED", null, null).shows("waiting")).isTrue();
        assertThat(job("IN_PROGRESS", null, null).shows("parts")).isTrue();
        assertThat(job("COMPLETED", null, null).shows("waiting")).isFalse();
        assertThat(job("COMPLETED", null, null).shows("status")).isTrue();
    }

    @Test
    void hours_add_up_as_a_person_writes_them() {
        MyJob job = job("IN_PROGRESS", null, List.of(
                new MyJob.Labor(UUID.randomUUID(), "tom", null, null, new BigDecimal("1.50"), "STANDARD"),
                new MyJob.Labor(UUID.randomUUID(), "tom", null, null, new BigDecimal("0.75"), "OVERTIME")));
        assertThat(job.laborHours()).isEqualTo("2.25");
        assertThat(job.labor().get(0).hoursText()).isEqualTo("1.5");
        assertThat(MyJob.plain(new BigDecimal("10.000"))).isEqualTo("10");
    }
}
