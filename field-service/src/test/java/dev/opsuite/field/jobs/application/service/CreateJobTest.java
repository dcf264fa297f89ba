package dev.opsuite.field.jobs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.intake.domain.JobTally;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.jobs.application.port.in.CreateJobUseCase.CreateJobCommand;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobEvent;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.testing.NoStockedParts;
import dev.opsuite.field.testing.UnpricedWork;
import dev.opsuite.field.testing.InMemoryJobs;
import dev.opsuite.field.testing.InMemoryJobStatusLog;
import dev.opsuite.field.testing.IntakeCalls;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import org.junit.jupiter.api.Test;

/** Seed 002: a service call becomes one or more jobs, each needing a skill and an expected duration. */
class CreateJobTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");
    static final Actor DISPATCHER = new Actor("acme", "dispatcher-dana");

    final InMemoryJobs jobs = new InMemoryJobs();
    final IntakeCalls calls = new IntakeCalls();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final JobService service = new JobService(jobs, new InMemoryJobStatusLog(jobs), calls, calls, events,
            new UnpricedWork(), new NoStockedParts(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_call_becomes_jobs_ready_to_schedule_at_its_customer_and_location_and_the_call_is_told() {
        ServiceCall call = calls.call(ServiceCallStatus.OPEN);

        Job igniter = create(call.id(), "Replace igniter", new Skill(Trade.HVAC, 2), 90);
        Job breaker = create(call.id(), "Check breaker panel", new Skill(Trade.ELECTRICAL, 1), 30);

        assertThat(igniter.status()).isEqualTo(JobStatus.READY_TO_SCHEDULE);
        assertThat(igniter.customerId()).isEqualTo(call.customerId());
        assertThat(igniter.locationId()).isEqualTo(call.locationId());
        assertThat(igniter.skillNeeded()).isEqualTo(new Skill(Trade.HVAC, 2));
        assertThat(igniter.expectedDuration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(igniter.title()).isEqualTo("Replace igniter");
        assertThat(service.jobsOfCall("acme", call.id()).await().indefinitely()).containsExactly(igniter, breaker);
        assertThat(calls.told).containsExactly(new JobTally(1, 0, 0, 0), new JobTally(2, 0, 0, 0));
        assertThat(events.published(JobEvent.Created.class)).extracting(JobEvent::job).containsExactly(igniter, breaker);
    }

    @Test
    void a_closed_or_cancelled_call_takes_no_more_jobs() {
        for (ServiceCallStatus over : List.of(ServiceCallStatus.CLOSED, ServiceCallStatus.CANCELLED)) {
            ServiceCall call = calls.call(over);
            assertThatThrownBy(() -> create(call.id(), "One more", new Skill(Trade.PLUMBING, 1), 60))
                    .isInstanceOfSatisfying(RejectedException.class, e -> {
                        assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
                        assertThat(e.rejection().field()).isEqualTo("serviceCallId");
                    });
        }
        assertThat(jobs.all()).isEmpty();
    }

    @Test
    void an_unknown_call_is_not_found_and_a_job_is_expected_to_take_something() {
        assertThatThrownBy(() -> create(UUID.randomUUID(), "x", new Skill(Trade.HVAC, 1), 30))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
        ServiceCall call = calls.call(ServiceCallStatus.OPEN);
        assertThatThrownBy(() -> create(call.id(), "x", new Skill(Trade.HVAC, 1), 0))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("expectedMinutes"));
    }

    private Job create(UUID callId, String title, Skill skill, int minutes) {
        return service.create(new CreateJobCommand(DISPATCHER, callId, " " + title + " ", skill, Duration.ofMinutes(minutes)))
                .await().indefinitely();
    }
}
