package dev.opsuite.field.jobs.application.service;

import dev.opsuite.field.jobs.application.port.in.BlockJobUseCase;
import dev.opsuite.field.jobs.application.port.in.MyJobsUseCase;
import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase;
import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase.LaborCommand;
import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase.PartUsedCommand;
import dev.opsuite.field.jobs.application.port.out.JobStore;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class MyJobsService implements MyJobsUseCase {

    private final JobStore jobs;
    private final FindTechniciansQuery technicians;
    private final WorkOnJobUseCase work;
    private final BlockJobUseCase block;

    MyJobsService(JobStore jobs, FindTechniciansQuery technicians, WorkOnJobUseCase work, BlockJobUseCase block) {
        this.jobs = jobs;
        this.technicians = technicians;
        this.work = work;
        this.block = block;
    }

    @Override
    @WithSession
    public Uni<List<Job>> myJobs(Actor actor, Instant from, Instant to) {
        return me(actor).chain(me -> jobs.assignedTo(actor.tenantId(), me.id(), from, to));
    }

    @Override
    @WithSession
    public Uni<Job> myJob(Actor actor, UUID jobId) {
        return me(actor).chain(me -> mine(actor, me, jobId));
    }

    @Override
    @WithTransaction
    public Uni<Job> start(Actor actor, UUID jobId) {
        return myJob(actor, jobId).chain(job -> work.start(actor, jobId));
    }

    @Override
    @WithTransaction
    public Uni<Job> diagnose(Actor actor, UUID jobId, Diagnosis diagnosis) {
        return myJob(actor, jobId).chain(job -> work.diagnose(actor, jobId, diagnosis));
    }

    @Override
    @WithTransaction
    public Uni<Job> logLabor(Actor actor, UUID jobId, LaborCommand labor) {
        return myJob(actor, jobId).chain(job -> work.logLabor(actor, jobId, labor));
    }

    @Override
    @WithTransaction
    public Uni<Job> usePart(Actor actor, UUID jobId, MyPartCommand part) {
        return me(actor).chain(me -> mine(actor, me, jobId).chain(job -> work.usePart(actor, jobId,
                new PartUsedCommand(part.partId(), part.sku(), part.quantity(), part.reservationId(),
                        me.truck() == null ? null : me.truck().truckLocationId()))));
    }

    @Override
    @WithTransaction
    public Uni<Job> complete(Actor actor, UUID jobId) {
        return myJob(actor, jobId).chain(job -> work.complete(actor, jobId));
    }

    @Override
    @WithTransaction
    public Uni<Job> waitOnParts(Actor actor, UUID jobId, String waitingFor) {
        return myJob(actor, jobId).chain(job -> block.waitOnParts(actor, jobId, waitingFor));
    }

    /** The technician whose login the caller is; a caller who is none has no queue. */
    private Uni<Technician> me(Actor actor) {
        return technicians.ofUser(actor.tenantId(), actor.userId()).map(found -> found.orElseThrow(
                () -> Rejection.forbidden("not-a-technician", "No technician of this business signs in as "
                        + actor.userId() + ".").toException()));
    }

    /** One of my jobs; another technician's job is as unknown to me as a job that does not exist. */
    private Uni<Job> mine(Actor actor, Technician me, UUID jobId) {
        return jobs.find(actor.tenantId(), jobId).map(found -> found.filter(job -> job.assignedTo(me.id()))
                .orElseThrow(Rejection.missing("job", jobId)));
    }
}
