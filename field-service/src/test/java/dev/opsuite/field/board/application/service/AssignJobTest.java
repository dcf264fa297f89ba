package dev.opsuite.field.board.application.service;

import static dev.opsuite.field.testing.Decisions.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.board.application.port.in.AssignJobUseCase.AssignJobCommand;
import dev.opsuite.field.board.application.port.in.AssignJobUseCase.RescheduleCommand;
import dev.opsuite.field.board.application.port.in.BoardQuery.Board;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.AppointmentStatus;
import dev.opsuite.field.board.domain.BoardPolicy;
import dev.opsuite.field.board.domain.ConflictKind;
import dev.opsuite.field.board.domain.PolicyAnswer;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.testing.InMemoryAppointments;
import dev.opsuite.field.testing.InMemoryBoardPolicies;
import dev.opsuite.field.testing.InMemoryFollowUps;
import dev.opsuite.field.testing.JobsAndTechnicians;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the dispatcher assigns the right technician and time window on the board; a conflicting assignment is
 * refused (or flagged, by the business's policy), and a reschedule keeps the appointment it replaces.
 */
class AssignJobTest {

    static final Instant NOW = Instant.parse("2026-05-03T18:00:00Z");
    /** Monday 2026-05-04, 09:00 UTC. */
    static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");
    static final Actor DISPATCHER = new Actor("acme", "dispatcher-dana");

    final JobsAndTechnicians neighbours = new JobsAndTechnicians(NOW);
    final InMemoryAppointments appointments = new InMemoryAppointments();
    final InMemoryBoardPolicies policies = new InMemoryBoardPolicies();
    final InMemoryFollowUps followUps = new InMemoryFollowUps();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final BoardService board = new BoardService(appointments, followUps, policies, neighbours, neighbours, neighbours, neighbours, events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    final Technician tom = technician("Tom", new Skill(Trade.HVAC, 2));

    @Test
    void assigning_a_job_books_the_technician_for_its_expected_duration_and_schedules_it() {
        Job igniter = job(new Skill(Trade.HVAC, 2), 90);

        Appointment booked = assign(igniter, tom, NINE);

        assertThat(booked.start()).isEqualTo(NINE);
        assertThat(booked.end()).isEqualTo(NINE.plus(Duration.ofMinutes(90)));
        assertThat(booked.status()).isEqualTo(AppointmentStatus.LIVE);
        assertThat(booked.flags()).isEmpty();
        assertThat(neighbours.jobs.find("acme", igniter.id()).await().indefinitely())
                .hasValueSatisfying(j -> assertThat(j.status()).isEqualTo(JobStatus.SCHEDULED));
        Board day = board.board("acme", NINE.minus(Duration.ofHours(9)), NINE.plus(Duration.ofHours(15)))
                .await().indefinitely();
        assertThat(day.lanes()).singleElement().satisfies(lane -> assertThat(lane.appointments()).containsExactly(booked));
        assertThat(day.unassigned()).isEmpty();
        assertThat(day.conflicts()).isEmpty();
        assertThat(events.published(Appointment.Booked.class)).extracting(Appointment.Booked::appointment)
                .containsExactly(booked);
    }

    @Test
    void an_overlapping_appointment_of_the_technician_is_a_conflict_naming_technician_id() {
        assign(job(new Skill(Trade.HVAC, 1), 90), tom, NINE);
        Job second = job(new Skill(Trade.HVAC, 1), 30);

        assertRefused(() -> assign(second, tom, NINE.plus(Duration.ofMinutes(60))), Rejection.Kind.CONFLICT, "technicianId");
        assertThat(assign(second, tom, NINE.plus(Duration.ofMinutes(90))).start()).as("back to back is fine")
                .isEqualTo(NINE.plus(Duration.ofMinutes(90)));
    }

    @Test
    void outside_working_hours_time_off_or_a_missing_skill_is_refused_by_default() {
        assertRefused(() -> assign(job(new Skill(Trade.HVAC, 1), 60), tom, Instant.parse("2026-05-04T16:30:00Z")),
                Rejection.Kind.UNPROCESSABLE, "start");
        assertRefused(() -> assign(job(new Skill(Trade.HVAC, 3), 60), tom, NINE), Rejection.Kind.UNPROCESSABLE,
                "technicianId");
        assertRefused(() -> assign(job(new Skill(Trade.PLUMBING, 1), 60), tom, NINE), Rejection.Kind.UNPROCESSABLE,
                "technicianId");
        Technician away = neighbours.technicians.update(accepted(tom.takeTimeOff(UUID.randomUUID(), NINE,
                NINE.plus(Duration.ofDays(1)), "Sick", "admin", NOW))).await().indefinitely();
        assertRefused(() -> assign(job(new Skill(Trade.HVAC, 1), 60), away, NINE), Rejection.Kind.UNPROCESSABLE, "start");
        assertThat(appointments.all()).isEmpty();
    }

    @Test
    void a_business_that_flags_books_anyway_and_the_board_shows_the_conflicts() {
        policies.save("acme", new BoardPolicy(PolicyAnswer.FLAG, PolicyAnswer.FLAG, 7), "owner", NOW);

        Appointment late = assign(job(new Skill(Trade.PLUMBING, 1), 60), tom, Instant.parse("2026-05-04T16:30:00Z"));

        assertThat(late.flags()).containsExactly(ConflictKind.OUTSIDE_WORKING_HOURS, ConflictKind.MISSING_SKILL);
        Board day = board.board("acme", NINE.minus(Duration.ofHours(9)), NINE.plus(Duration.ofHours(15)))
                .await().indefinitely();
        assertThat(day.conflicts()).extracting(c -> c.kind())
                .containsExactly(ConflictKind.OUTSIDE_WORKING_HOURS, ConflictKind.MISSING_SKILL);
        assertThat(day.conflicts()).allSatisfy(c -> assertThat(c.appointmentId()).isEqualTo(late.id()));
    }

    @Test
    void reschedule_and_reassign_supersede_the_appointment_and_keep_it() {
        Technician ann = technician("Ann", new Skill(Trade.HVAC, 3));
        Job igniter = job(new Skill(Trade.HVAC, 2), 60);
        Appointment first = assign(igniter, tom, NINE);

        Appointment later = board.reschedule(new RescheduleCommand(DISPATCHER, first.id(), tom.id(),
                NINE.plus(Duration.ofMinutes(30)), "Customer late")).await().indefinitely();
        Appointment toAnn = board.reschedule(new RescheduleCommand(DISPATCHER, later.id(), ann.id(), NINE, null))
                .await().indefinitely();

        assertThat(later.replaces()).isEqualTo(first.id());
        assertThat(later.reason()).isEqualTo("Customer late");
        assertThat(toAnn.technicianId()).isEqualTo(ann.id());
        assertThat(board.appointmentsOfJob("acme", igniter.id()).await().indefinitely())
                .extracting(Appointment::status)
                .containsExactly(AppointmentStatus.SUPERSEDED, AppointmentStatus.SUPERSEDED, AppointmentStatus.LIVE);
        assertRefused(() -> board.reschedule(new RescheduleCommand(DISPATCHER, first.id(), tom.id(), NINE, null))
                .await().indefinitely(), Rejection.Kind.CONFLICT, "appointmentId");
        assertRefused(() -> assign(igniter, ann, NINE.plus(Duration.ofHours(3))), Rejection.Kind.CONFLICT, "jobId");
    }

    @Test
    void cancelling_a_job_frees_its_technicians_time_and_keeps_the_appointment() {
        Job first = job(new Skill(Trade.HVAC, 1), 60);
        Appointment booked = assign(first, tom, NINE);

        assertThat(board.cancelJob(DISPATCHER, first.id(), "Customer replaced the furnace").await().indefinitely())
                .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED));

        assertThat(neighbours.jobs.find("acme", first.id()).await().indefinitely()).hasValueSatisfying(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(j.work().cancelReason()).isEqualTo("Customer replaced the furnace");
        });
        assertThat(assign(job(new Skill(Trade.HVAC, 1), 60), tom, NINE).start()).isEqualTo(booked.start());
        assertRefused(() -> board.cancelJob(DISPATCHER, first.id(), "again").await().indefinitely(),
                Rejection.Kind.CONFLICT, "status");
    }

    @Test
    void an_unknown_job_or_technician_is_a_value_to_correct() {
        Job job = job(new Skill(Trade.HVAC, 1), 30);
        assertRefused(() -> board.assign(new AssignJobCommand(DISPATCHER, UUID.randomUUID(), tom.id(), NINE))
                .await().indefinitely(), Rejection.Kind.UNPROCESSABLE, "jobId");
        assertRefused(() -> board.assign(new AssignJobCommand(DISPATCHER, job.id(), UUID.randomUUID(), NINE))
                .await().indefinitely(), Rejection.Kind.UNPROCESSABLE, "technicianId");
    }

    private Appointment assign(Job job, Technician technician, Instant start) {
        return board.assign(new AssignJobCommand(DISPATCHER, job.id(), technician.id(), start)).await().indefinitely();
    }

    private Job job(Skill skill, int minutes) {
        return neighbours.addJob("Work", skill, minutes);
    }

    private Technician technician(String name, Skill skill) {
        return neighbours.addTechnician(name, skill, JobsAndTechnicians.hours(JobsAndTechnicians.WEEKDAYS, 8, 17));
    }

    private static void assertRefused(ThrowingCallable call, Rejection.Kind kind, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection().kind()).isEqualTo(kind);
            assertThat(e.rejection().field()).isEqualTo(field);
        });
    }
}
