package dev.opsuite.field.quality.application.service;

import static dev.opsuite.field.testing.Decisions.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.intake.domain.CallbackLink;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.quality.application.port.in.CallbacksQuery.Callback;
import dev.opsuite.field.quality.domain.FirstTimeFix;
import dev.opsuite.field.quality.domain.FirstTimeFixReport;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.Technician.Profile;
import dev.opsuite.field.testing.InMemoryCompletions;
import dev.opsuite.field.testing.IntakeCalls;
import dev.opsuite.field.testing.JobsAndTechnicians;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the owner watches the callback rate and first-time fix (rolling 30 days); a callback counts against the
 * technician who did the job it returns to.
 */
class QualityServiceTest {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    final IntakeCalls calls = new IntakeCalls();
    final JobsAndTechnicians neighbours = new JobsAndTechnicians(NOW);
    final InMemoryCompletions completions = new InMemoryCompletions();
    final QualityService quality = new QualityService(calls, neighbours, neighbours, completions);

    @Test
    void the_callbacks_of_a_job_say_who_they_count_against_and_whether_the_csr_flagged_them() {
        Technician tom = technician("Tom");
        Job job = job();
        Instant done = NOW.minus(Duration.ofDays(5));
        ServiceCall linked = calls.callback(new CallbackLink(job.id(), tom.id(), done, 4), null,
                NOW.minus(Duration.ofDays(1)));
        UUID earlier = UUID.randomUUID();
        ServiceCall flagged = calls.callback(new CallbackLink(job.id(), tom.id(), done, 5), earlier, NOW);
        calls.callback(new CallbackLink(UUID.randomUUID(), tom.id(), done, 5), null, NOW); // another job's

        List<Callback> found = quality.callbacksOf("acme", job.id()).await().indefinitely();

        assertThat(found).containsExactly(
                new Callback(linked.id(), linked.number(), linked.envelope().createdAt(), job.id(), tom.id(), done, 4, false),
                new Callback(flagged.id(), flagged.number(), NOW, job.id(), tom.id(), done, 5, true));
        assertThatThrownBy(() -> quality.callbacksOf("acme", UUID.randomUUID()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
    }

    @Test
    void first_time_fix_counts_the_jobs_completed_in_the_30_days_up_to_as_of_per_technician_and_overall() {
        Technician tom = technician("Tom");
        Technician ann = technician("Ann");
        completions.completed(tom.id(), NOW.minus(Duration.ofDays(29)), false);
        completions.completed(tom.id(), NOW.minus(Duration.ofDays(2)), true);
        completions.completed(tom.id(), NOW, false);
        completions.completed(tom.id(), NOW.minus(Duration.ofDays(30)), true); // the window's start is out
        completions.completed(tom.id(), NOW.plusSeconds(1), true); // after asOf

        FirstTimeFixReport report = quality.firstTimeFix("acme", NOW).await().indefinitely();

        assertThat(report.overall()).isEqualTo(FirstTimeFix.of(3, 1));
        assertThat(report.overall().percent()).isEqualByComparingTo("66.7");
        assertThat(report.technicians()).containsExactly(
                new FirstTimeFixReport.OfTechnician(ann.id(), "Ann", FirstTimeFix.of(0, 0)),
                new FirstTimeFixReport.OfTechnician(tom.id(), "Tom", FirstTimeFix.of(3, 1)));
    }

    private Job job() {
        Job job = accepted(Job.create(Envelope.created(UUID.randomUUID(), "acme", "csr", NOW), UUID.randomUUID(),
                UUID.randomUUID(), null, "Furnace", new Skill(Trade.HVAC, 1), Duration.ofHours(1)));
        neighbours.jobs.add(job).await().indefinitely();
        return job;
    }

    private Technician technician(String name) {
        Technician t = accepted(Technician.register(Envelope.created(UUID.randomUUID(), "acme", "admin", NOW),
                name.toLowerCase(), new Profile(name, ZoneId.of("UTC"), List.of(new Skill(Trade.HVAC, 3)), List.of(), null)));
        return neighbours.technicians.add(t).await().indefinitely();
    }
}
