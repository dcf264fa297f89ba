package dev.opsuite.field.testing;

import dev.opsuite.field.jobs.application.port.in.CancelJobUseCase;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.application.port.in.ScheduleJobUseCase;
import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.WorkingHours;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The jobs and technicians capabilities as the board sees them: their use cases over the in-memory stores. */
public final class JobsAndTechnicians implements FindJobsQuery, ScheduleJobUseCase, CancelJobUseCase,
        FindTechniciansQuery {

    public final InMemoryJobs jobs = new InMemoryJobs();
    public final InMemoryTechnicians technicians = new InMemoryTechnicians();
    public final InMemoryJobStatusLog statusLog = new InMemoryJobStatusLog(jobs);
    private final Instant now;

    public JobsAndTechnicians(Instant now) {
        this.now = now;
    }

    @Override
    public Uni<Job> job(String tenantId, UUID id) {
        return jobs.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("job", id)));
    }

    @Override
    public Uni<List<Job>> jobsOfCall(String tenantId, UUID serviceCallId) {
        return jobs.ofCall(tenantId, serviceCallId);
    }

    @Override
    public Uni<List<Job>> readyToSchedule(String tenantId) {
        return jobs.inStatus(tenantId, JobStatus.READY_TO_SCHEDULE);
    }

    @Override
    public Uni<Map<UUID, Job>> jobs(String tenantId, Collection<UUID> ids) {
        return jobs.findAll(tenantId, ids);
    }

    @Override
    public Uni<Job> schedule(Actor actor, UUID jobId, Assignment assignment) {
        return job(actor.tenantId(), jobId).map(job -> Rejection.orThrow(job.schedule(assignment, actor.userId(), now)))
                .call(jobs::update);
    }

    @Override
    public Uni<Job> reassign(Actor actor, UUID jobId, Assignment assignment) {
        return job(actor.tenantId(), jobId).map(job -> job.reassign(assignment, actor.userId(), now)).call(jobs::update);
    }

    @Override
    public Uni<List<JobStatusEvent>> statusHistory(String tenantId, UUID jobId) {
        return statusLog.ofJob(tenantId, jobId);
    }

    @Override
    public Uni<List<JobStatusEvent>> statusHistoryOfCustomer(String tenantId, UUID customerId) {
        return statusLog.ofCustomer(tenantId, customerId);
    }

    @Override
    public Uni<List<Job>> waitingOnParts(String tenantId) {
        return jobs.blocked(tenantId);
    }

    @Override
    public Uni<List<Job>> queue(String tenantId, UUID technicianId, Instant from, Instant to) {
        return jobs.assignedTo(tenantId, technicianId, from, to);
    }

    @Override
    public Uni<Job> cancel(Actor actor, UUID jobId, String reason) {
        return job(actor.tenantId(), jobId).map(job -> Rejection.orThrow(job.cancel(reason, actor.userId(), now)))
                .call(jobs::update);
    }

    @Override
    public Uni<Technician> technician(String tenantId, UUID id) {
        return technicians.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("technician", id)));
    }

    @Override
    public Uni<Optional<Technician>> ofUser(String tenantId, String userId) {
        return technicians.ofUser(tenantId, userId);
    }

    @Override
    public Uni<List<Technician>> technicians(String tenantId, Trade trade) {
        return technicians.all(tenantId).map(all -> all.stream()
                .filter(t -> trade == null || t.skillIn(trade).isPresent()).toList());
    }

    /** Adds a job of acme, ready to schedule, made at {@code now} by the CSR. */
    public Job addJob(String title, Skill skill, int minutes) {
        Job job = Decisions.accepted(Job.create(Envelope.created(UUID.randomUUID(), "acme", "csr", now), UUID.randomUUID(),
                UUID.randomUUID(), null, title, skill, Duration.ofMinutes(minutes)));
        jobs.add(job).await().indefinitely();
        return job;
    }

    /** Adds a technician of acme signing in as the lowercased name, in UTC, with one skill, no truck. */
    public Technician addTechnician(String name, Skill skill, List<WorkingHours> hours) {
        Technician t = Decisions.accepted(Technician.register(Envelope.created(UUID.randomUUID(), "acme", "admin", now),
                name.toLowerCase(), new Technician.Profile(name, ZoneId.of("UTC"), List.of(skill), hours, null)));
        return technicians.add(t).await().indefinitely();
    }

    /** The same hours on each of {@code days}. */
    public static List<WorkingHours> hours(List<DayOfWeek> days, int from, int to) {
        return days.stream().map(d -> new WorkingHours(d, LocalTime.of(from, 0), LocalTime.of(to, 0))).toList();
    }

    public static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    public static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());
}
