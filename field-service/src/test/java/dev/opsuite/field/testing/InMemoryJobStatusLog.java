package dev.opsuite.field.testing;

import dev.opsuite.field.jobs.application.port.out.JobStatusLog;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Job status changes in memory, in the order they were appended; a customer's are those of its jobs. */
public final class InMemoryJobStatusLog implements JobStatusLog {

    private record Entry(String tenantId, JobStatusEvent event) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final InMemoryJobs jobs;

    public InMemoryJobStatusLog(InMemoryJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Uni<Void> append(String tenantId, JobStatusEvent event) {
        entries.add(new Entry(tenantId, event));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<JobStatusEvent>> ofJob(String tenantId, UUID jobId) {
        return Uni.createFrom().item(entries.stream().filter(e -> e.tenantId().equals(tenantId))
                .map(Entry::event).filter(e -> e.jobId().equals(jobId)).toList());
    }

    @Override
    public Uni<List<JobStatusEvent>> ofCustomer(String tenantId, UUID customerId) {
        return Uni.createFrom().item(entries.stream().filter(e -> e.tenantId().equals(tenantId)).map(Entry::event)
                .filter(e -> jobs.all().stream().anyMatch(j -> j.id().equals(e.jobId())
                        && j.customerId().equals(customerId))).toList());
    }
}
