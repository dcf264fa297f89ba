package dev.opsuite.field.board.application.service;

import static dev.opsuite.field.testing.Decisions.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.board.application.port.in.AssignJobUseCase.AssignJobCommand;
import dev.opsuite.field.board.domain.FollowUp;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.testing.InMemoryAppointments;
import dev.opsuite.field.testing.InMemoryBoardPolicies;
import dev.opsuite.field.testing.InMemoryFollowUps;
import dev.opsuite.field.testing.JobsAndTechnicians;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: when the part a job waited for arrives, the job is ready to schedule and the board suggests a follow-up,
 * the earliest slot of a technician with the skill whose truck holds the part, within working hours.
 */
class SuggestFollowUpTest {

    /** Sunday 2026-05-03, evening: the board looks from Monday morning on. */
    static final Instant NOW = Instant.parse("2026-05-03T18:00:00Z");
    static final Instant MONDAY_EIGHT = Instant.parse("2026-05-04T08:00:00Z");
    static final UUID CAPACITOR = UUID.randomUUID();
    static final Actor DISPATCHER = new Actor("acme", "dispatcher-dana");

    final JobsAndTechnicians neighbours = new JobsAndTechnicians(NOW);
    final InMemoryAppointments appointments = new InMemoryAppointments();
    final InMemoryFollowUps followUps = new InMemoryFollowUps();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final BoardService board = new BoardService(appointments, followUps, new InMemoryBoardPolicies(), neighbours,
            neighbours, neighbours, neighbours, new RecordingEventPublisher(), clock);
    final FollowUpService suggestions = new FollowUpService(neighbours, neighbours, appointments, followUps, clock);

    final Technician tom = technician("Tom", new Skill(Trade.HVAC, 2));
    final Technician ann = technician("Ann", new Skill(Trade.HVAC, 3));
    final Technician bob = technician("Bob", new Skill(Trade.PLUMBING, 3));

    @Test
    void the_earliest_free_slot_of_a_skilled_technician_holding_the_part_is_suggested_and_kept() {
        Job furnace = job(new Skill(Trade.HVAC, 2), 90);
        // Tom is busy on Monday until 10:00; Ann is free from 08:00 but her truck does not hold the capacitor.
        book(job(new Skill(Trade.HVAC, 1), 120), tom, MONDAY_EIGHT);

        FollowUp suggested = suggest(furnace, tom, bob).orElseThrow();

        assertThat(suggested.technicianId()).isEqualTo(tom.id());
        assertThat(suggested.start()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
        assertThat(suggested.end()).isEqualTo(Instant.parse("2026-05-04T11:30:00Z"));
        assertThat(suggestions.followUp("acme", furnace.id()).await().indefinitely()).isEqualTo(suggested);
        assertThat(board.board("acme", MONDAY_EIGHT, MONDAY_EIGHT.plus(Duration.ofDays(1))).await().indefinitely()
                .followUps()).containsEntry(furnace.id(), suggested);
    }

    @Test
    void time_off_counts_as_busy_and_the_jobs_own_first_visit_does_not() {
        Job furnace = job(new Skill(Trade.HVAC, 2), 90);
        book(furnace, tom, MONDAY_EIGHT); // the first visit, which the follow-up replaces
        neighbours.technicians.update(accepted(ann.takeTimeOff(UUID.randomUUID(), Instant.parse("2026-05-04T00:00:00Z"),
                Instant.parse("2026-05-05T00:00:00Z"), "Training", "admin", NOW))).await().indefinitely();

        FollowUp suggested = suggest(furnace, tom, ann).orElseThrow();

        assertThat(suggested.technicianId()).isEqualTo(tom.id());
        assertThat(suggested.start()).isEqualTo(MONDAY_EIGHT);
    }

    @Test
    void no_skilled_technician_holding_the_part_is_no_suggestion_and_drops_an_earlier_one() {
        Job furnace = job(new Skill(Trade.HVAC, 3), 90);
        suggest(furnace, ann).orElseThrow();

        assertThat(suggest(furnace, tom, bob)).as("Tom's HVAC 2 does not cover HVAC 3; Bob is a plumber").isEmpty();
        assertThat(followUps.find("acme", furnace.id()).await().indefinitely()).isEmpty();
    }

    @Test
    void booking_the_job_drops_its_suggestion() {
        Job furnace = job(new Skill(Trade.HVAC, 2), 90);
        FollowUp suggested = suggest(furnace, tom).orElseThrow();

        board.assign(new AssignJobCommand(DISPATCHER, furnace.id(), suggested.technicianId(), suggested.start()))
                .await().indefinitely();

        assertThat(followUps.find("acme", furnace.id()).await().indefinitely()).isEmpty();
    }

    @Test
    void cancelling_the_job_drops_its_suggestion() {
        Job furnace = job(new Skill(Trade.HVAC, 2), 90);
        suggest(furnace, tom).orElseThrow();

        board.cancelJob(DISPATCHER, furnace.id(), "Customer replaced the furnace").await().indefinitely();

        assertThat(followUps.find("acme", furnace.id()).await().indefinitely()).isEmpty();
    }

    private Optional<FollowUp> suggest(Job job, Technician... holdingThePart) {
        return suggestions.suggest("acme", job.id(), CAPACITOR,
                Arrays.stream(holdingThePart).map(Technician::id).collect(Collectors.toSet()))
                .await().indefinitely();
    }

    private void book(Job job, Technician technician, Instant start) {
        board.assign(new AssignJobCommand(DISPATCHER, job.id(), technician.id(), start)).await().indefinitely();
    }

    private Job job(Skill skill, int minutes) {
        return neighbours.addJob("Furnace", skill, minutes);
    }

    private Technician technician(String name, Skill skill) {
        return neighbours.addTechnician(name, skill, JobsAndTechnicians.hours(JobsAndTechnicians.WEEKDAYS, 8, 17));
    }
}
