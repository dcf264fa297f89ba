package dev.opsuite.field.jobs.application.service;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.application.port.in.FollowJobsUseCase;
import dev.opsuite.field.intake.domain.JobTally;
import dev.opsuite.field.jobs.application.port.in.CreateJobUseCase;
import dev.opsuite.field.jobs.application.port.in.BlockJobUseCase;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.application.port.in.ReleaseJobUseCase;
import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase;
import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.PartUsed;
import dev.opsuite.field.jobs.application.port.in.ScheduleJobUseCase;
import dev.opsuite.field.jobs.application.port.out.JobStore;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
class JobService implements CreateJobUseCase, FindJobsQuery, ScheduleJobUseCase, WorkOnJobUseCase, BlockJobUseCase,
        ReleaseJobUseCase {

    private final JobStore jobs;
    private final FindServiceCallsQuery calls;
    private final FollowJobsUseCase callFollows;
    private final Clock clock;

    JobService(JobStore jobs, FindServiceCallsQuery calls, FollowJobsUseCase callFollows, Clock clock) {
        this.jobs = jobs;
        this.calls = calls;
        this.callFollows = callFollows;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Job> create(CreateJobCommand command) {
        Actor actor = command.actor();
        return calls.serviceCall(actor.tenantId(), command.serviceCallId())
                .map(call -> {
                    if (!call.takesJobs()) {
                        throw Rejection.conflict("service-call-" + call.status().name().toLowerCase(), "serviceCallId",
                                "Call " + call.number() + " is " + call.status() + " and takes no more jobs.").toException();
                    }
                    return Rejection.orThrow(Job.create(
                            Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), clock.instant()),
                            call.id(), call.customerId(), call.locationId(), command.title(), command.skillNeeded(),
                            command.expectedDuration()));
                })
                .call(jobs::add)
                .call(job -> callFollowsItsJobs(actor, job.serviceCallId()));
    }

    @Override
    @WithTransaction
    public Uni<Job> schedule(Actor actor, UUID jobId, Assignment assignment) {
        return changed(actor, jobId, job -> job.schedule(assignment, actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> reassign(Actor actor, UUID jobId, Assignment assignment) {
        return changed(actor, jobId, job -> Result.accepted(job.reassign(assignment, actor.userId(), clock.instant())));
    }

    @Override
    @WithTransaction
    public Uni<Job> start(Actor actor, UUID jobId) {
        return changed(actor, jobId, job -> job.start(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> diagnose(Actor actor, UUID jobId, Diagnosis diagnosis) {
        return changed(actor, jobId, job -> job.diagnose(diagnosis, actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> logLabor(Actor actor, UUID jobId, LaborCommand labor) {
        return changed(actor, jobId, job -> job.logLabor(UUID.randomUUID(), labor.start(), labor.end(), labor.hours(),
                labor.rateClass(), actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> usePart(Actor actor, UUID jobId, PartUsedCommand part) {
        return changed(actor, jobId, job -> job.usePart(new PartUsed(UUID.randomUUID(), part.partId(), part.sku(),
                part.quantity(), part.truckLocationId()), actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> complete(Actor actor, UUID jobId) {
        return changed(actor, jobId, job -> job.complete(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> waitOnParts(Actor actor, UUID jobId, String waitingFor) {
        return changed(actor, jobId, job -> job.waitOnParts(waitingFor, actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> release(Actor actor, UUID jobId) {
        return changed(actor, jobId, job -> job.release(actor.userId(), clock.instant()));
    }

    /** The job after {@code change}, written, and its call told how its jobs now stand. */
    private Uni<Job> changed(Actor actor, UUID jobId, Function<Job, Result<Job>> change) {
        return jobs.find(actor.tenantId(), jobId).map(found -> found.orElseThrow(Rejection.missing("job", jobId)))
                .map(job -> Rejection.orThrow(change.apply(job)))
                .call(jobs::update)
                .call(job -> callFollowsItsJobs(actor, job.serviceCallId()));
    }

    /** Tells intake how the call's jobs now stand, so the call's status follows them. */
    private Uni<Void> callFollowsItsJobs(Actor actor, UUID serviceCallId) {
        return jobs.ofCall(actor.tenantId(), serviceCallId)
                .chain(list -> callFollows.jobsChanged(actor, serviceCallId, tally(list)));
    }

    static JobTally tally(List<Job> list) {
        return new JobTally(list.size(), (int) list.stream().filter(j -> j.status().onBoard()).count(),
                count(list, JobStatus.COMPLETED), count(list, JobStatus.CANCELLED));
    }

    private static int count(List<Job> list, JobStatus status) {
        return (int) list.stream().filter(j -> j.status() == status).count();
    }

    @Override
    @WithSession
    public Uni<Job> job(String tenantId, UUID id) {
        return jobs.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("job", id)));
    }

    @Override
    @WithSession
    public Uni<List<Job>> readyToSchedule(String tenantId) {
        return jobs.inStatus(tenantId, JobStatus.READY_TO_SCHEDULE);
    }

    @Override
    @WithSession
    public Uni<List<Job>> waitingOnParts(String tenantId) {
        return jobs.blocked(tenantId);
    }

    @Override
    @WithSession
    public Uni<List<Job>> queue(String tenantId, UUID technicianId, Instant from, Instant to) {
        return jobs.assignedTo(tenantId, technicianId, from, to);
    }

    @Override
    @WithSession
    public Uni<Map<UUID, Job>> jobs(String tenantId, Collection<UUID> ids) {
        return jobs.findAll(tenantId, ids);
    }

    @Override
    @WithSession
    public Uni<List<Job>> jobsOfCall(String tenantId, UUID serviceCallId) {
        return calls.serviceCall(tenantId, serviceCallId).chain(call -> jobs.ofCall(tenantId, call.id()));
    }
}
