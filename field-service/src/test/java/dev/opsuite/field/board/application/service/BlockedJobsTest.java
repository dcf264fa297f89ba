package dev.opsuite.field.board.application.service;

import static dev.opsuite.field.testing.Decisions.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.board.application.port.in.AssignJobUseCase.AssignJobCommand;
import dev.opsuite.field.board.application.port.in.BlockedJobsQuery.BlockReason;
import dev.opsuite.field.board.application.port.in.BlockedJobsQuery.BlockedJob;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.AppointmentStatus;
import dev.opsuite.field.board.domain.BoardPolicy;
import dev.opsuite.field.board.domain.ConflictKind;
import dev.opsuite.field.board.domain.PolicyAnswer;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.testing.InMemoryAppointments;
import dev.opsuite.field.testing.InMemoryBoardPolicies;
import dev.opsuite.field.testing.InMemoryFollowUps;
import dev.opsuite.field.testing.JobsAndTechnicians;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: a job stuck waiting on parts or in a scheduling conflict beyond the SLA (7 days by default) is on the
 * daily dispatch alert; released, it takes a follow-up appointment that replaces the first visit's.
 */
class BlockedJobsTest {

    static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    static final Actor DISPATCHER = new Actor("acme", "dispatcher");

    final ControlledClock clock = new ControlledClock(START);
    final JobsAndTechnicians neighbours = new JobsAndTechnicians(START);
    final InMemoryAppointments appointments = new InMemoryAppointments();
    final InMemoryBoardPolicies policies = new InMemoryBoardPolicies();
    final InMemoryFollowUps followUps = new InMemoryFollowUps();
    final BoardService board = new BoardService(appointments, followUps, policies, neighbours, neighbours, neighbours, neighbours,
            new RecordingEventPublisher(), clock);
    final BlockedJobsService blocked = new BlockedJobsService(neighbours, appointments, board, clock);
    final Technician tom = technician();

    @Test
    void jobs_waiting_on_parts_age_and_past_the_sla_are_on_the_alert_list() {
        Job waiting = blocked(assigned(job(), START), START);
        clock.advance(Duration.ofDays(7));

        assertThat(blocked.blockedJobs("acme").await().indefinitely()).singleElement().satisfies(b -> {
            assertThat(b.job().id()).isEqualTo(waiting.id());
            assertThat(b.reason()).isEqualTo(BlockReason.WAITING_ON_PARTS);
            assertThat(b.age()).isEqualTo(Duration.ofDays(7));
            assertThat(b.waitingFor()).isEqualTo("1x igniter");
            assertThat(b.pastSla()).as("exactly seven days is not past seven").isFalse();
        });
        assertThat(alerts()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(alerts()).extracting(b -> b.job().id()).containsExactly(waiting.id());
    }

    @Test
    void a_tenants_sla_decides_and_a_job_booked_over_a_flagged_conflict_is_stuck_too() {
        policies.save("acme", new BoardPolicy(PolicyAnswer.FLAG, PolicyAnswer.FLAG, 2), "owner", START);
        Appointment lateNight = assigned(job(), Instant.parse("2026-05-04T22:00:00Z"));
        clock.advance(Duration.ofDays(3));

        assertThat(alerts()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(BlockReason.SCHEDULING_CONFLICT);
            assertThat(b.conflicts()).containsExactly(ConflictKind.OUTSIDE_WORKING_HOURS);
            assertThat(b.job().id()).isEqualTo(lateNight.jobId());
        });
    }

    @Test
    void a_released_job_takes_a_follow_up_appointment_that_replaces_the_first_visits() {
        Appointment first = assigned(job(), START);
        blocked(first, START);
        Job waiting = neighbours.jobs.find("acme", first.jobId()).await().indefinitely().orElseThrow();
        neighbours.jobs.update(accepted(waiting.release("parts-manager", START))).await().indefinitely();

        Appointment followUp = board.assign(new AssignJobCommand(DISPATCHER, first.jobId(), tom.id(),
                START.plus(Duration.ofDays(2)))).await().indefinitely();

        assertThat(followUp.replaces()).isEqualTo(first.id());
        assertThat(followUp.reason()).isEqualTo("Follow-up visit");
        assertThat(appointments.find("acme", first.id()).await().indefinitely())
                .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(AppointmentStatus.SUPERSEDED));
        assertThat(blocked.blockedJobs("acme").await().indefinitely()).isEmpty();
    }

    private List<BlockedJob> alerts() {
        return blocked.alerts("acme").await().indefinitely();
    }

    private Appointment assigned(Job job, Instant start) {
        return board.assign(new AssignJobCommand(DISPATCHER, job.id(), tom.id(), start)).await().indefinitely();
    }

    private Job blocked(Appointment appointment, Instant at) {
        Job job = neighbours.jobs.find("acme", appointment.jobId()).await().indefinitely().orElseThrow();
        Job waiting = accepted(job.waitOnParts("1x igniter", "tom", at));
        neighbours.jobs.update(waiting).await().indefinitely();
        return waiting;
    }

    private Job job() {
        return neighbours.addJob("Furnace", new Skill(Trade.HVAC, 1), 60);
    }

    private Technician technician() {
        return neighbours.addTechnician("Tom", new Skill(Trade.HVAC, 3), JobsAndTechnicians.hours(JobsAndTechnicians.EVERY_DAY, 7, 17));
    }
}
