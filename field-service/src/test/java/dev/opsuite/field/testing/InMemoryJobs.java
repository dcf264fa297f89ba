package dev.opsuite.field.testing;

import dev.opsuite.field.jobs.application.port.out.JobStore;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Jobs in memory, in the order they were made. */
public final class InMemoryJobs extends InMemoryStore<Job> implements JobStore {

    public InMemoryJobs() {
        super(Job::id, Job::tenantId);
    }

    @Override
    public Uni<List<Job>> ofCall(String tenantId, UUID serviceCallId) {
        return Uni.createFrom().item(records.of(tenantId).filter(j -> j.serviceCallId().equals(serviceCallId)).toList());
    }

    @Override
    public Uni<List<Job>> inStatus(String tenantId, JobStatus status) {
        return Uni.createFrom().item(records.of(tenantId).filter(j -> j.status() == status).toList());
    }

    @Override
    public Uni<List<Job>> blocked(String tenantId) {
        return Uni.createFrom().item(records.of(tenantId).filter(j -> j.status() == JobStatus.WAITING_ON_PARTS)
                .sorted(Comparator.comparing(j -> j.work().blockedSince())).toList());
    }

    @Override
    public Uni<List<Job>> assignedTo(String tenantId, UUID technicianId, Instant from, Instant to) {
        return Uni.createFrom().item(records.of(tenantId)
                .filter(j -> j.assignedTo(technicianId) && !j.assignment().start().isBefore(from)
                        && j.assignment().start().isBefore(to))
                .sorted(Comparator.comparing(j -> j.assignment().start())).toList());
    }

    @Override
    public Uni<Map<UUID, Job>> findAll(String tenantId, Collection<UUID> ids) {
        return records.findAll(tenantId, ids);
    }

    @Override
    public Uni<Void> add(Job job) {
        return records.added(job);
    }

    @Override
    public Uni<Void> update(Job job) {
        return records.added(job);
    }

    /** What each completed job was priced at, by job: {@code currency total}. */
    public final Map<UUID, String> pricedAt = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> priced(String tenantId, UUID jobId, String currency, BigDecimal total) {
        pricedAt.put(jobId, currency + " " + total.toPlainString());
        return Uni.createFrom().voidItem();
    }
}
