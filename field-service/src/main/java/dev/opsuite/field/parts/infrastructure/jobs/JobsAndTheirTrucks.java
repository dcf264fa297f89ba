package dev.opsuite.field.parts.infrastructure.jobs;

import dev.opsuite.field.board.application.port.in.SuggestFollowUpUseCase;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.application.port.in.ReleaseJobUseCase;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.parts.application.port.out.JobTrucks;
import dev.opsuite.field.parts.application.port.out.PartArrivals;
import dev.opsuite.field.parts.application.port.out.TruckStockStore;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The parts capability's view of jobs, through the jobs', technicians' and board's port.in: a job's truck is the truck
 * of the technician it is assigned to; a part arriving on that truck releases the job waiting on parts to
 * READY_TO_SCHEDULE, and the board suggests its follow-up with a technician whose truck holds the part. Runs in the
 * transaction of the event that told the arrival (the inbox's), so a release and its cause commit together.
 */
@ApplicationScoped
class JobsAndTheirTrucks implements JobTrucks, PartArrivals {

    /** Who releases a job when inventory told field that its part arrived. */
    static final String ARRIVALS = "parts-arrival";

    private final FindJobsQuery jobs;
    private final FindTechniciansQuery technicians;
    private final ReleaseJobUseCase release;
    private final SuggestFollowUpUseCase followUps;
    private final TruckStockStore trucks;
    private final TechniciansOfJobs workers;

    JobsAndTheirTrucks(FindJobsQuery jobs, FindTechniciansQuery technicians, ReleaseJobUseCase release,
            SuggestFollowUpUseCase followUps, TruckStockStore trucks, TechniciansOfJobs workers) {
        this.jobs = jobs;
        this.technicians = technicians;
        this.release = release;
        this.followUps = followUps;
        this.trucks = trucks;
        this.workers = workers;
    }

    @Override
    public Uni<Optional<UUID>> truckOf(String tenantId, UUID jobId) {
        return workers.technicianOf(tenantId, jobId).map(technician -> technician
                .flatMap(t -> Optional.ofNullable(t.truck())).map(truck -> truck.truckLocationId()));
    }

    /**
     * Inventory holds the part for the job. On the job's own truck the part is where it is needed: the job, if it waits
     * on parts, is ready to schedule again. Held anywhere else (another truck, a warehouse) it still has to travel, and
     * the job waits for its receipt into a truck; unless the job's technician drives no truck and fetches parts anyway.
     */
    @Override
    public Uni<Void> reserved(String tenantId, UUID jobId, UUID reservationId, UUID productId, UUID locationId) {
        return jobs.jobs(tenantId, List.of(jobId)).chain(found -> {
            Job job = found.get(jobId);
            if (job == null || job.status() != JobStatus.WAITING_ON_PARTS) {
                return Uni.createFrom().voidItem();
            }
            return truckOf(tenantId, jobId).chain(truck -> truck.isPresent() && !truck.get().equals(locationId)
                    ? Uni.createFrom().voidItem()
                    // The held units are not available to anyone else, so their truck counts beside those with some spare.
                    : releasedWithFollowUp(tenantId, job, productId, Set.of(locationId)));
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
            List<UUID> drivers = driversOf(all, Set.of(truck));
            if (drivers.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return jobs.waitingOnParts(tenantId).chain(waiting -> {
                Uni<Void> released = Uni.createFrom().voidItem();
                for (Job job : waiting) {
                    if (job.assignment() != null && drivers.contains(job.assignment().technicianId())) {
                        released = released.chain(() -> releasedWithFollowUp(tenantId, job, productId, Set.of()));
                    }
                }
                return released;
            });
        });
    }

    /**
     * Releases the job, then has the board suggest its follow-up among the technicians whose truck holds the part:
     * {@code alsoHolding}, and every truck with some of it available.
     */
    private Uni<Void> releasedWithFollowUp(String tenantId, Job job, UUID productId, Set<UUID> alsoHolding) {
        return release.release(new Actor(tenantId, ARRIVALS), job.id())
                .chain(() -> trucks.holding(tenantId, productId, BigDecimal.ONE))
                .chain(holding -> technicians.technicians(tenantId, job.skillNeeded().trade()).chain(able -> {
                    Set<UUID> trucksWithPart = new HashSet<>(holding);
                    trucksWithPart.addAll(alsoHolding);
                    return followUps.suggest(tenantId, job.id(), productId, Set.copyOf(driversOf(able, trucksWithPart)));
                }))
                .replaceWithVoid();
    }

    private static List<UUID> driversOf(List<Technician> technicians, Set<UUID> trucks) {
        return technicians.stream().filter(t -> t.truck() != null && trucks.contains(t.truck().truckLocationId()))
                .map(Technician::id).toList();
    }
}
