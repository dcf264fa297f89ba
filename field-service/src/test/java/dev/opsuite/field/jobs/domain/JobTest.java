package dev.opsuite.field.jobs.domain;

import static dev.opsuite.field.testing.Decisions.accepted;
import static dev.opsuite.field.testing.Decisions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.support.domain.Envelope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A job's day on site: start, diagnosis, labor, parts, complete, or waiting on parts until released. */
class JobTest {

    static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");
    static final Assignment TOM = new Assignment(UUID.randomUUID(), NINE, NINE.plus(Duration.ofHours(1)));

    @Test
    void a_scheduled_job_is_started_diagnosed_worked_on_and_completed() {
        Job job = accepted(accepted(scheduled().start("tom", NINE))
                .diagnose(new Diagnosis("Igniter cracked", "Wear"), "tom", NINE));
        job = accepted(job.logLabor(UUID.randomUUID(), NINE, NINE.plus(Duration.ofMinutes(90)), null, RateClass.STANDARD,
                "tom", NINE));
        job = accepted(job.logLabor(UUID.randomUUID(), null, null, new BigDecimal("0.5"), RateClass.OVERTIME, "tom", NINE));
        job = accepted(job.usePart(new PartUsed(UUID.randomUUID(), null, "HSI-120", BigDecimal.ONE, null), "tom", NINE));
        job = accepted(job.complete("tom", NINE));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.work().labor()).extracting(LaborEntry::hours)
                .containsExactly(new BigDecimal("1.50"), new BigDecimal("0.5"));
        assertThat(job.work().partsUsed()).singleElement().satisfies(p -> assertThat(p.sku()).isEqualTo("HSI-120"));
        assertThat(job.assignment()).isEqualTo(TOM);
        assertRejected(job.start("tom", NINE), "job-completed", "status");
    }

    @Test
    void waiting_on_parts_records_since_when_and_for_what_until_released_ready_to_schedule() {
        Job started = accepted(scheduled().start("tom", NINE));
        Instant later = NINE.plusSeconds(1800);

        Job blocked = accepted(started.waitOnParts(" 1x igniter HSI-120 ", "tom", later));

        assertThat(blocked.status()).isEqualTo(JobStatus.WAITING_ON_PARTS);
        assertThat(blocked.work().blockedSince()).isEqualTo(later);
        assertThat(blocked.work().waitingFor()).isEqualTo("1x igniter HSI-120");
        assertRejected(blocked.complete("tom", later), "job-waiting-on-parts", "status");
        Job released = accepted(blocked.release("dispatcher", later));
        assertThat(released.status()).isEqualTo(JobStatus.READY_TO_SCHEDULE);
        assertThat(released.work().blockedSince()).isNull();
        assertRejected(released.release("dispatcher", later), "job-ready-to-schedule", "status");
    }

    @Test
    void labor_is_a_span_that_ends_after_it_starts_or_up_to_24_hours() {
        Job started = accepted(scheduled().start("tom", NINE));
        assertRejected(started.logLabor(UUID.randomUUID(), NINE, NINE, null, RateClass.STANDARD, "tom", NINE),
                "labor-span-inverted", "end");
        assertRejected(started.logLabor(UUID.randomUUID(), null, null, new BigDecimal("25"), RateClass.STANDARD, "tom",
                NINE), "labor-hours-out-of-range", "hours");
        assertRejected(started.logLabor(UUID.randomUUID(), null, null, null, RateClass.STANDARD, "tom", NINE),
                "labor-hours-out-of-range", "hours");
        assertRejected(scheduled().logLabor(UUID.randomUUID(), null, null, BigDecimal.ONE, RateClass.STANDARD, "tom",
                NINE), "job-scheduled", "status");
    }

    private static Job scheduled() {
        Job job = accepted(Job.create(Envelope.created(UUID.randomUUID(), "acme", "csr", NINE), UUID.randomUUID(),
                UUID.randomUUID(), null, "Furnace", new Skill(Trade.HVAC, 2), Duration.ofHours(1)));
        return accepted(job.schedule(TOM, "dispatcher", NINE));
    }
}
