package dev.opsuite.field.jobs.application.service;

import static dev.opsuite.field.testing.Decisions.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.opsuite.field.intake.domain.JobTally;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.jobs.application.port.in.CreateJobUseCase.CreateJobCommand;
import dev.opsuite.field.jobs.application.port.in.MyJobsUseCase.MyPartCommand;
import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase.LaborCommand;
import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobEvent;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import dev.opsuite.field.jobs.domain.RateClass;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.Technician.Profile;
import dev.opsuite.field.technicians.domain.Truck;
import dev.opsuite.field.testing.NoStockedParts;
import dev.opsuite.field.testing.UnpricedWork;
import dev.opsuite.field.testing.IntakeCalls;
import dev.opsuite.field.testing.JobsAndTechnicians;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the technician runs the day's queue on site: diagnose, log labor and parts, mark complete or waiting on
 * parts. A technician sees and changes only their own jobs.
 */
class MyJobsTest {

    static final Instant DAY = Instant.parse("2026-05-04T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-05-04T09:15:00Z");
    static final Actor TOM = new Actor("acme", "tom");
    static final Actor ANN = new Actor("acme", "ann");
    static final UUID TOMS_TRUCK = UUID.randomUUID();

    final JobsAndTechnicians neighbours = new JobsAndTechnicians(NOW);
    final IntakeCalls calls = new IntakeCalls();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final JobService jobs = new JobService(neighbours.jobs, neighbours.statusLog, calls, calls, events,
            new UnpricedWork(), new NoStockedParts(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final MyJobsService my = new MyJobsService(neighbours.jobs, neighbours, jobs, jobs);

    final Technician tom = technician("tom", new Truck(UUID.randomUUID(), TOMS_TRUCK));
    final Technician ann = technician("ann", null);

    @Test
    void my_jobs_of_the_day_come_in_the_order_of_their_appointments_and_only_mine() {
        Job afternoon = scheduled(tom, "2026-05-04T13:00:00Z");
        Job morning = scheduled(tom, "2026-05-04T08:00:00Z");
        scheduled(ann, "2026-05-04T09:00:00Z");
        scheduled(tom, "2026-05-05T08:00:00Z");

        assertThat(my.myJobs(TOM, DAY, DAY.plus(Duration.ofDays(1))).await().indefinitely()).extracting(Job::id)
                .containsExactly(morning.id(), afternoon.id());
    }

    @Test
    void the_technician_works_the_job_and_completes_it_and_the_call_is_told() {
        Job job = scheduled(tom, "2026-05-04T09:00:00Z");

        my.start(TOM, job.id()).await().indefinitely();
        my.diagnose(TOM, job.id(), new Diagnosis("Igniter cracked", "Wear")).await().indefinitely();
        my.logLabor(TOM, job.id(), new LaborCommand(null, null, new BigDecimal("1.5"), RateClass.STANDARD))
                .await().indefinitely();
        my.usePart(TOM, job.id(), new MyPartCommand(null, "HSI-120", BigDecimal.ONE, null)).await().indefinitely();
        Job done = my.complete(TOM, job.id()).await().indefinitely();

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.work().diagnosis().findings()).isEqualTo("Igniter cracked");
        assertThat(done.work().labor()).singleElement().satisfies(l -> {
            assertThat(l.technicianUserId()).isEqualTo("tom");
            assertThat(l.hours()).isEqualByComparingTo("1.5");
        });
        assertThat(done.work().partsUsed()).singleElement()
                .satisfies(p -> assertThat(p.truckLocationId()).as("from my truck").isEqualTo(TOMS_TRUCK));
        assertThat(calls.told).last().isEqualTo(new JobTally(1, 0, 1, 0));
        assertThat(jobs.statusHistory("acme", job.id()).await().indefinitely())
                .extracting(JobStatusEvent::from, JobStatusEvent::to, JobStatusEvent::by)
                .containsExactly(tuple(null, JobStatus.READY_TO_SCHEDULE, "csr"),
                        tuple(JobStatus.READY_TO_SCHEDULE, JobStatus.SCHEDULED, "dispatcher"),
                        tuple(JobStatus.SCHEDULED, JobStatus.IN_PROGRESS, "tom"),
                        tuple(JobStatus.IN_PROGRESS, JobStatus.COMPLETED, "tom"));
        assertThat(events.published()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Created", "Started", "Completed");
        assertThat(events.published(JobEvent.Completed.class)).singleElement()
                .satisfies(c -> assertThat(c.job().work().labor()).hasSize(1));
    }

    @Test
    void a_part_not_on_the_truck_blocks_the_job_since_now_for_what_is_named() {
        Job job = scheduled(tom, "2026-05-04T09:00:00Z");
        my.start(TOM, job.id()).await().indefinitely();

        Job blocked = my.waitOnParts(TOM, job.id(), "1x igniter HSI-120").await().indefinitely();

        assertThat(blocked.status()).isEqualTo(JobStatus.WAITING_ON_PARTS);
        assertThat(blocked.work().blockedSince()).isEqualTo(NOW);
        assertThat(blocked.work().waitingFor()).isEqualTo("1x igniter HSI-120");
        Job released = jobs.release(new Actor("acme", "dispatcher"), job.id()).await().indefinitely();
        assertThat(released.status()).isEqualTo(JobStatus.READY_TO_SCHEDULE);
        assertThat(jobs.statusHistory("acme", job.id()).await().indefinitely()).extracting(JobStatusEvent::why)
                .endsWith("Waiting on parts: 1x igniter HSI-120", "Released for a follow-up visit");
        assertThat(events.published(JobEvent.Released.class)).singleElement()
                .satisfies(r -> assertThat(r.blockedSince()).isEqualTo(NOW));
        assertThat(events.published(JobEvent.Blocked.class)).hasSize(1);
    }

    @Test
    void another_technicians_job_is_not_found_and_a_caller_who_is_no_technician_is_forbidden() {
        Job toms = scheduled(tom, "2026-05-04T09:00:00Z");

        assertRefused(() -> my.start(ANN, toms.id()).await().indefinitely(), Rejection.Kind.NOT_FOUND);
        assertRefused(() -> my.myJob(ANN, toms.id()).await().indefinitely(), Rejection.Kind.NOT_FOUND);
        assertRefused(() -> my.myJobs(new Actor("acme", "csr"), DAY, DAY.plus(Duration.ofDays(1))).await().indefinitely(),
                Rejection.Kind.FORBIDDEN);
        assertThat(neighbours.jobs.find("acme", toms.id()).await().indefinitely())
                .hasValueSatisfying(j -> assertThat(j.status()).isEqualTo(JobStatus.SCHEDULED));
    }

    private Job scheduled(Technician technician, String start) {
        ServiceCall call = calls.call(ServiceCallStatus.OPEN);
        Job job = jobs.create(new CreateJobCommand(new Actor("acme", "csr"), call.id(), "Furnace",
                new Skill(Trade.HVAC, 1), Duration.ofHours(1))).await().indefinitely();
        Instant from = Instant.parse(start);
        return jobs.schedule(new Actor("acme", "dispatcher"), job.id(),
                new Assignment(technician.id(), from, from.plus(Duration.ofHours(1)))).await().indefinitely();
    }

    private Technician technician(String userId, Truck truck) {
        Technician t = accepted(Technician.register(Envelope.created(UUID.randomUUID(), "acme",
                "admin", NOW), userId, new Profile(userId, ZoneId.of("UTC"), List.of(new Skill(Trade.HVAC, 3)), List.of(),
                truck)));
        return neighbours.technicians.add(t).await().indefinitely();
    }

    private static void assertRefused(ThrowingCallable call, Rejection.Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().kind()).isEqualTo(kind));
    }
}
