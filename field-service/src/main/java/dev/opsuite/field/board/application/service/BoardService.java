package dev.opsuite.field.board.application.service;

import dev.opsuite.field.board.application.port.in.AssignJobUseCase;
import dev.opsuite.field.board.application.port.in.BoardPolicyUseCase;
import dev.opsuite.field.board.application.port.in.BoardQuery;
import dev.opsuite.field.board.application.port.out.AppointmentStore;
import dev.opsuite.field.board.application.port.out.BoardPolicyStore;
import dev.opsuite.field.board.application.port.out.FollowUpStore;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.BoardPolicy;
import dev.opsuite.field.board.domain.Fit;
import dev.opsuite.field.board.domain.FollowUp;
import dev.opsuite.field.jobs.application.port.in.CancelJobUseCase;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.application.port.in.ScheduleJobUseCase;
import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class BoardService implements AssignJobUseCase, BoardQuery, BoardPolicyUseCase {

    private final AppointmentStore appointments;
    private final FollowUpStore followUps;
    private final BoardPolicyStore policies;
    private final FindJobsQuery jobs;
    private final ScheduleJobUseCase scheduling;
    private final CancelJobUseCase cancelling;
    private final FindTechniciansQuery technicians;
    private final EventPublisher events;
    private final Clock clock;

    BoardService(AppointmentStore appointments, FollowUpStore followUps, BoardPolicyStore policies, FindJobsQuery jobs,
            ScheduleJobUseCase scheduling, CancelJobUseCase cancelling, FindTechniciansQuery technicians,
            EventPublisher events, Clock clock) {
        this.cancelling = cancelling;
        this.events = events;
        this.appointments = appointments;
        this.followUps = followUps;
        this.policies = policies;
        this.jobs = jobs;
        this.scheduling = scheduling;
        this.technicians = technicians;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Appointment> assign(AssignJobCommand command) {
        Actor actor = command.actor();
        return job(actor.tenantId(), command.jobId()).chain(job -> {
            if (job.status() != JobStatus.READY_TO_SCHEDULE) {
                throw Rejection.conflict("job-not-ready-to-schedule", "jobId", "The job is " + job.status()
                        + "; reschedule its live appointment instead.").toException();
            }
            // A job released after waiting on parts still has its first visit's appointment: the follow-up replaces it.
            return appointments.liveOfJob(actor.tenantId(), job.id())
                    .chain(earlier -> earlier.isEmpty() ? Uni.createFrom().item((Appointment) null)
                            : Uni.createFrom().item(Rejection.orThrow(earlier.get().supersede(actor.userId(),
                                    clock.instant()))).call(appointments::update))
                    .chain(earlier -> book(actor, job, command.technicianId(), command.start(), earlier,
                            earlier == null ? null : "Follow-up visit"));
        })
                // Booked first: a double booking is refused by the database before the job changes.
                .call(appointment -> scheduling.schedule(actor, appointment.jobId(), assignment(appointment)))
                .call(appointment -> followUps.forget(actor.tenantId(), appointment.jobId()));
    }

    @Override
    @WithTransaction
    public Uni<Appointment> reschedule(RescheduleCommand command) {
        Actor actor = command.actor();
        return appointments.find(actor.tenantId(), command.appointmentId())
                .map(found -> found.orElseThrow(Rejection.missing("appointment", command.appointmentId())))
                .map(current -> Rejection.orThrow(current.supersede(actor.userId(), clock.instant())))
                // Written before its replacement, so the technician's old slot is free for the new one.
                .call(appointments::update)
                .chain(old -> job(actor.tenantId(), old.jobId())
                        .chain(job -> book(actor, job, command.technicianId(), command.start(), old, command.reason())))
                .call(appointment -> scheduling.reassign(actor, appointment.jobId(), assignment(appointment)));
    }

    @Override
    @WithTransaction
    public Uni<Optional<Appointment>> cancelJob(Actor actor, UUID jobId, String reason) {
        return appointments.liveOfJob(actor.tenantId(), jobId)
                .map(live -> live.map(a -> a.cancel(actor.userId(), clock.instant())))
                .call(freed -> freed.isEmpty() ? Uni.createFrom().voidItem() : appointments.update(freed.get()))
                .call(freed -> cancelling.cancel(actor, jobId, reason))
                .call(() -> followUps.forget(actor.tenantId(), jobId));
    }

    private static Assignment assignment(Appointment a) {
        return new Assignment(a.technicianId(), a.start(), a.end());
    }

    private Uni<Appointment> book(Actor actor, Job job, UUID technicianId, Instant start, Appointment replaced,
            String reason) {
        return technician(actor.tenantId(), technicianId).chain(technician -> policy(actor.tenantId())
                .map(policy -> {
                    Instant end = start.plus(job.expectedDuration());
                    Envelope envelope = Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(),
                            clock.instant());
                    return Rejection.orThrow(Appointment.book(envelope, job.id(), technician.id(), start,
                            job.expectedDuration(), fit(technician, job, start, end), policy, replaced, reason));
                }))
                .call(appointments::add)
                .call(appointment -> events.publish(new Appointment.Booked(appointment, job.serviceCallId())));
    }

    static Fit fit(Technician technician, Job job, Instant start, Instant end) {
        return new Fit(technician.works(start, end), technician.offDuring(start, end).isPresent(),
                technician.holds(job.skillNeeded()));
    }

    /** The job named in a request body: one of another tenant, or none, is a value to correct (422). */
    private Uni<Job> job(String tenantId, UUID jobId) {
        return jobs.jobs(tenantId, Set.of(jobId)).map(found -> {
            Job job = found.get(jobId);
            if (job == null) {
                throw Rejection.unprocessable("job-not-found", "jobId", "No job " + jobId + " in this business.")
                        .toException();
            }
            return job;
        });
    }

    private Uni<Technician> technician(String tenantId, UUID technicianId) {
        return technicians.technician(tenantId, technicianId).onFailure(RejectedException.class)
                .transform(e -> Rejection.unprocessable("technician-not-found", "technicianId",
                        "No technician " + technicianId + " in this business.").toException());
    }

    @Override
    @WithSession
    public Uni<Board> board(String tenantId, Instant from, Instant to) {
        return technicians.technicians(tenantId, null).chain(all -> appointments.live(tenantId, from, to)
                .chain(booked -> jobs.jobs(tenantId, booked.stream().map(Appointment::jobId).collect(Collectors.toSet()))
                        .chain(bookedJobs -> jobs.readyToSchedule(tenantId)
                                .chain(unassigned -> followUps.ofJobs(tenantId, unassigned.stream().map(Job::id).toList())
                                        .map(suggested -> board(from, to, all, booked, bookedJobs, unassigned,
                                                suggested))))));
    }

    private static Board board(Instant from, Instant to, List<Technician> all, List<Appointment> booked,
            Map<UUID, Job> bookedJobs, List<Job> unassigned, Map<UUID, FollowUp> followUps) {
        Map<UUID, Technician> byId = all.stream().collect(Collectors.toMap(Technician::id, Function.identity()));
        Map<UUID, List<Appointment>> byTechnician = booked.stream()
                .collect(Collectors.groupingBy(Appointment::technicianId));
        List<Lane> lanes = all.stream()
                .map(t -> new Lane(t, byTechnician.getOrDefault(t.id(), List.of()))).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (Appointment a : booked) {
            Technician technician = byId.get(a.technicianId());
            Job job = bookedJobs.get(a.jobId());
            if (technician != null && job != null) {
                fit(technician, job, a.start(), a.end()).conflicts()
                        .forEach(kind -> conflicts.add(new Conflict(kind, a.technicianId(), a.id(), a.jobId())));
            }
        }
        return new Board(from, to, lanes, unassigned, followUps, conflicts);
    }

    @Override
    @WithSession
    public Uni<List<Appointment>> appointmentsOfJob(String tenantId, UUID jobId) {
        return jobs.job(tenantId, jobId).chain(job -> appointments.ofJob(tenantId, job.id()));
    }

    @Override
    @WithSession
    public Uni<BoardPolicy> policy(String tenantId) {
        return policies.find(tenantId).map(found -> found.orElseGet(BoardPolicy::defaults));
    }

    @Override
    @WithTransaction
    public Uni<BoardPolicy> setPolicy(Actor actor, BoardPolicy policy) {
        return policies.save(actor.tenantId(), policy, actor.userId(), clock.instant()).replaceWith(policy);
    }
}
