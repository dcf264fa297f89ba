package dev.opsuite.field.parts.infrastructure.jobs;

import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.application.port.in.ReleaseJobUseCase;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.parts.application.port.out.JobTrucks;
import dev.opsuite.field.parts.application.port.out.PartArrivals;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The parts capability's view of jobs, through the jobs' and technicians' port.in: a job's truck is the truck of the
 * technician it is assigned to; a part arriving releases the jobs waiting on parts it concerns to READY_TO_SCHEDULE.
 * Runs in the transaction of the event that told the arrival (the inbox's), so a release and its cause commit together.
 */
@ApplicationScoped
class JobsAndTheirTrucks implements JobTrucks, PartArrivals {

    /** Who releases a job when inventory told field that its part arrived. */
    static final String ARRIVALS = "parts-arrival";

    private final FindJobsQuery jobs;
    private final FindTechniciansQuery technicians;
    private final ReleaseJobUseCase release;

    JobsAndTheirTrucks(FindJobsQuery jobs, FindTechniciansQuery technicians, ReleaseJobUseCase release) {
        this.jobs = jobs;
        this.technicians = technicians;
        this.release = release;
    }

    @Override
    public Uni<Optional<UUID>> truckOf(String tenantId, UUID jobId) {
        return jobs.jobs(tenantId, List.of(jobId)).chain(found -> {
            Job job = found.get(jobId);
            if (job == null || job.assignment() == null) {
                return Uni.createFrom().item(Optional.<UUID>empty());
            }
            return technicians.technician(tenantId, job.assignment().technicianId())
                    .map(technician -> Optional.ofNullable(technician.truck()).map(truck -> truck.truckLocationId()));
        });
    }

    /** The reservation for the job is held: the job, if it waits on parts, is ready to schedule again. */
    @Override
    public Uni<Void> reserved(String tenantId, UUID jobId, UUID reservationId, UUID productId, UUID locationId) {
        return jobs.jobs(tenantId, List.of(jobId)).chain(found -> {
            Job job = found.get(jobId);
            return job != null && job.status() == JobStatus.WAITING_ON_PARTS
                    ? release.release(new Actor(tenantId, ARRIVALS), jobId).replaceWithVoid()
                    : Uni.createFrom().voidItem();
        });
    }

    /**
     * Stock came into a truck (a transfer note received there): the jobs waiting on parts of the technicians who drive
     * it are ready to schedule again. What a job waits for is the technician's words, not a product, so a job whose part
     * was not in the delivery is blocked again by its technician.
     */
    @Override
    public Uni<Void> received(String tenantId, UUID truck, UUID productId, BigDecimal available) {
        if (available.signum() <= 0) {
            return Uni.createFrom().voidItem();
        }
        return technicians.technicians(tenantId, null).chain(all -> {
            List<UUID> drivers = all.stream()
                    .filter(t -> t.truck() != null && truck.equals(t.truck().truckLocationId()))
                    .map(Technician::id).toList();
            if (drivers.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return jobs.waitingOnParts(tenantId).chain(waiting -> {
                Uni<Void> released = Uni.createFrom().voidItem();
                for (Job job : waiting) {
                    if (job.assignment() != null && drivers.contains(job.assignment().technicianId())) {
                        released = released.chain(() -> release.release(new Actor(tenantId, ARRIVALS), job.id())
                                .replaceWithVoid());
                    }
                }
                return released;
            });
        });
    }
}
