package dev.opsuite.field.board.application.service;

import dev.opsuite.field.board.application.port.in.FollowUpQuery;
import dev.opsuite.field.board.application.port.in.SuggestFollowUpUseCase;
import dev.opsuite.field.board.application.port.out.AppointmentStore;
import dev.opsuite.field.board.application.port.out.FollowUpStore;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.FollowUp;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.TimeSpan;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.support.application.Rejection;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
class FollowUpService implements SuggestFollowUpUseCase, FollowUpQuery {

    private final FindJobsQuery jobs;
    private final FindTechniciansQuery technicians;
    private final AppointmentStore appointments;
    private final FollowUpStore followUps;
    private final Clock clock;

    FollowUpService(FindJobsQuery jobs, FindTechniciansQuery technicians, AppointmentStore appointments,
            FollowUpStore followUps, Clock clock) {
        this.jobs = jobs;
        this.technicians = technicians;
        this.appointments = appointments;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Optional<FollowUp>> suggest(String tenantId, UUID jobId, UUID productId, Set<UUID> technicianIds) {
        Instant now = clock.instant();
        // A day beyond the horizon, so a shift that starts inside it is seen whole.
        Instant until = now.plus(FollowUp.HORIZON).plus(Duration.ofDays(1));
        return jobs.job(tenantId, jobId).chain(job -> technicians.technicians(tenantId, job.skillNeeded().trade())
                .map(all -> all.stream().filter(t -> technicianIds.contains(t.id()) && t.holds(job.skillNeeded()))
                        .toList())
                .chain(able -> able.isEmpty() ? Uni.createFrom().item(Optional.<FollowUp>empty())
                        : appointments.live(tenantId, now, until).map(booked -> FollowUp.earliest(jobId, productId,
                                job.expectedDuration(), candidates(able, booked, job, now, until), now))))
                .call(found -> found.isPresent() ? followUps.keep(tenantId, found.get())
                        : followUps.forget(tenantId, jobId));
    }

    /** Each technician's shifts, and what already fills them: live appointments (not the job's own) and time off. */
    private static List<FollowUp.Candidate> candidates(List<Technician> able, List<Appointment> booked, Job job,
            Instant from, Instant until) {
        List<FollowUp.Candidate> candidates = new ArrayList<>();
        for (Technician t : able) {
            List<TimeSpan> busy = Stream.concat(
                    booked.stream().filter(a -> a.technicianId().equals(t.id()) && !a.jobId().equals(job.id()))
                            .map(a -> new TimeSpan(a.start(), a.end())),
                    t.timeOff().stream().map(off -> new TimeSpan(off.from(), off.to()))).toList();
            candidates.add(new FollowUp.Candidate(t.id(), t.name(), t.shifts(from, until), busy));
        }
        return candidates;
    }

    @Override
    @WithSession
    public Uni<FollowUp> followUp(String tenantId, UUID jobId) {
        return followUps.find(tenantId, jobId).map(found -> found.orElseThrow(Rejection.missing("follow-up", jobId)));
    }
}
