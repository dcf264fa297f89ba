package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.out.CompletedJobs;
import dev.opsuite.field.intake.domain.CompletedJob;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Completed jobs in memory, read as the database view job_completion is. One tenant: acme. */
public final class InMemoryCompletedJobs implements CompletedJobs {

    private final List<CompletedJob> jobs = new ArrayList<>();

    /** A job of that call completed at {@code at} by {@code technicianId}. */
    public CompletedJob completed(UUID serviceCallId, UUID customerId, UUID locationId, UUID technicianId, Instant at) {
        CompletedJob job = new CompletedJob(UUID.randomUUID(), serviceCallId, customerId, locationId, technicianId, at);
        jobs.add(job);
        return job;
    }

    @Override
    public Uni<Optional<CompletedJob>> latestOfCall(String tenantId, UUID serviceCallId) {
        return latest(job -> job.serviceCallId().equals(serviceCallId));
    }

    @Override
    public Uni<Optional<CompletedJob>> latestAt(String tenantId, UUID customerId, UUID locationId, Instant from, Instant to) {
        return latest(job -> job.customerId().equals(customerId) && Objects.equals(job.locationId(), locationId)
                && !job.completedAt().isBefore(from) && !job.completedAt().isAfter(to));
    }

    private Uni<Optional<CompletedJob>> latest(Predicate<CompletedJob> which) {
        return Uni.createFrom().item(jobs.stream().filter(which).max(Comparator.comparing(CompletedJob::completedAt)));
    }
}
