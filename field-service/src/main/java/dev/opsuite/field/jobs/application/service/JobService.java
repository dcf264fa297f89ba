package dev.opsuite.field.jobs.application.service;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.application.port.in.FollowJobsUseCase;
import dev.opsuite.field.intake.domain.JobTally;
import dev.opsuite.field.jobs.application.port.in.CreateJobUseCase;
import dev.opsuite.field.jobs.application.port.in.BlockJobUseCase;
import dev.opsuite.field.jobs.application.port.in.CancelJobUseCase;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.application.port.in.ReleaseJobUseCase;
import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase;
import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.PartUsed;
import dev.opsuite.field.jobs.application.port.in.ScheduleJobUseCase;
import dev.opsuite.field.jobs.application.port.out.JobStatusLog;
import dev.opsuite.field.jobs.application.port.out.JobStore;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobEvent;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import dev.opsuite.field.kernel.WorkPrice;
import dev.opsuite.field.kernel.parts.StockedParts;
import dev.opsuite.field.kernel.parts.StockedParts.Taken;
import dev.opsuite.field.kernel.pricing.WorkPricing;
import dev.opsuite.support.application.EventPublisher;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
class JobService implements CreateJobUseCase, FindJobsQuery, ScheduleJobUseCase, WorkOnJobUseCase, BlockJobUseCase,
        ReleaseJobUseCase, CancelJobUseCase {

    private final JobStore jobs;
    private final JobStatusLog statusLog;
    private final FindServiceCallsQuery calls;
    private final FollowJobsUseCase callFollows;
    private final EventPublisher events;
    private final WorkPricing pricing;
    private final StockedParts stockedParts;
    private final Clock clock;

    JobService(JobStore jobs, JobStatusLog statusLog, FindServiceCallsQuery calls, FollowJobsUseCase callFollows,
            EventPublisher events, WorkPricing pricing, StockedParts stockedParts, Clock clock) {
        this.events = events;
        this.pricing = pricing;
        this.stockedParts = stockedParts;
        this.jobs = jobs;
        this.statusLog = statusLog;
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
                .call(job -> logged(actor, null, job, "Made from its service call"))
                .call(job -> events.publish(new JobEvent.Created(job)))
                .call(job -> callFollowsItsJobs(actor, job.serviceCallId()));
    }

    @Override
    @WithTransaction
    public Uni<Job> schedule(Actor actor, UUID jobId, Assignment assignment) {
        return changed(actor, jobId, null, job -> job.schedule(assignment, actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> reassign(Actor actor, UUID jobId, Assignment assignment) {
        return changed(actor, jobId, null, job -> Result.accepted(job.reassign(assignment, actor.userId(), clock.instant())));
    }

    @Override
    @WithTransaction
    public Uni<Job> start(Actor actor, UUID jobId) {
        return changed(actor, jobId, null, job -> job.start(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> diagnose(Actor actor, UUID jobId, Diagnosis diagnosis) {
        return changed(actor, jobId, null, job -> job.diagnose(diagnosis, actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> logLabor(Actor actor, UUID jobId, LaborCommand labor) {
        return changed(actor, jobId, null, job -> job.logLabor(UUID.randomUUID(), labor.start(), labor.end(), labor.hours(),
                labor.rateClass(), actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> usePart(Actor actor, UUID jobId, PartUsedCommand part) {
        // One id for the usage: the job's record and inventory's parts-used name the same one.
        UUID usageId = UUID.randomUUID();
        Instant now = clock.instant();
        return jobs.find(actor.tenantId(), jobId).map(found -> found.orElseThrow(Rejection.missing("job", jobId)))
                // The job takes the part (in progress, some quantity) before inventory is told of it.
                .invoke(job -> Rejection.orThrow(job.usePart(new PartUsed(usageId, part.partId(), part.sku(),
                        part.quantity(), part.truckLocationId()), actor.userId(), now)))
                .chain(job -> taken(actor, jobId, usageId, part))
                .chain(taken -> changed(actor, jobId, null, job -> job.usePart(new PartUsed(usageId, taken.productId(),
                        part.sku(), part.quantity(), taken.locationId()), actor.userId(), now)));
    }

    /**
     * Where the part came from. A stocked one is told to inventory (in this transaction: a refusal there writes
     * nothing here); one with neither partId nor reservationId was bought on the way and came from no stock.
     */
    private Uni<Taken> taken(Actor actor, UUID jobId, UUID usageId, PartUsedCommand part) {
        if (part.partId() == null && part.reservationId() == null) {
            return Uni.createFrom().item(new Taken(null, part.truckLocationId()));
        }
        if (part.reservationId() == null && part.truckLocationId() == null) {
            throw Rejection.unprocessable("truck-unknown", "partId", "Product " + part.partId() + " is a stocked part "
                    + "and the technician has no truck to take it from; fit it from a reservation (reservationId).")
                    .toException();
        }
        return stockedParts.fitted(actor, jobId, usageId, part.partId(), part.reservationId(), part.quantity(),
                part.truckLocationId());
    }

    @Override
    @WithTransaction
    public Uni<Job> complete(Actor actor, UUID jobId) {
        return changed(actor, jobId, null, job -> job.complete(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> waitOnParts(Actor actor, UUID jobId, String waitingFor) {
        return changed(actor, jobId, "Waiting on parts: " + waitingFor, job -> job.waitOnParts(waitingFor, actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> release(Actor actor, UUID jobId) {
        return changed(actor, jobId, "Released for a follow-up visit", job -> job.release(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Job> cancel(Actor actor, UUID jobId, String reason) {
        return changed(actor, jobId, reason.trim(), job -> job.cancel(reason, actor.userId(), clock.instant()));
    }

    /**
     * The job after {@code change}, written; a status change is logged with {@code why}, and the call is told how its
     * jobs now stand.
     */
    private Uni<Job> changed(Actor actor, UUID jobId, String why, Function<Job, Result<Job>> change) {
        return jobs.find(actor.tenantId(), jobId).map(found -> found.orElseThrow(Rejection.missing("job", jobId)))
                .chain(before -> {
                    Job after = Rejection.orThrow(change.apply(before));
                    if (after.status() == before.status()) {
                        return jobs.update(after).replaceWith(after);
                    }
                    return jobs.update(after).call(() -> logged(actor, before.status(), after, why))
                            .call(() -> JobEvent.of(before, after).map(event -> priced(event).chain(priced -> events.publish(priced)))
                                    .orElseGet(() -> Uni.createFrom().voidItem()))
                            .call(() -> callFollowsItsJobs(actor, after.serviceCallId())).replaceWith(after);
                });
    }

    /** A completion carries the work priced, in the transaction that completes the job. */
    private Uni<JobEvent> priced(JobEvent event) {
        if (event instanceof JobEvent.Completed completed) {
            Job job = completed.job();
            List<WorkPrice.Item> work = new ArrayList<>();
            job.work().labor().forEach(l -> work.add(new WorkPrice.Item("LABOR", l.id(), null, l.rateClass().name(),
                    l.hours())));
            job.work().partsUsed().forEach(p -> work.add(new WorkPrice.Item("PART", p.id(), p.sku(), null,
                    p.quantity())));
            return pricing.price(job.tenantId(), job.id(), work)
                    .call(price -> price.isEmpty() ? Uni.createFrom().voidItem()
                            : jobs.priced(job.tenantId(), job.id(), price.get().currency(), price.get().total()))
                    .map(price -> new JobEvent.Completed(job, price.orElse(null)));
        }
        return Uni.createFrom().item(event);
    }

    private Uni<Void> logged(Actor actor, JobStatus from, Job job, String why) {
        return statusLog.append(actor.tenantId(), new JobStatusEvent(UUID.randomUUID(), job.id(), from, job.status(),
                why, actor.userId(), clock.instant()));
    }

    @Override
    @WithSession
    public Uni<List<JobStatusEvent>> statusHistory(String tenantId, UUID jobId) {
        return job(tenantId, jobId).chain(job -> statusLog.ofJob(tenantId, job.id()));
    }

    @Override
    @WithSession
    public Uni<List<JobStatusEvent>> statusHistoryOfCustomer(String tenantId, UUID customerId) {
        return statusLog.ofCustomer(tenantId, customerId);
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
