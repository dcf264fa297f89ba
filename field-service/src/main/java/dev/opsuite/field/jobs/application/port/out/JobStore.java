package dev.opsuite.field.jobs.application.port.out;

import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where jobs are kept. Every method is scoped to one tenant. */
public interface JobStore {

    /** Empty when the job does not exist in this tenant. */
    Uni<Optional<Job>> find(String tenantId, UUID id);

    /** The jobs of a call, oldest first. */
    Uni<List<Job>> ofCall(String tenantId, UUID serviceCallId);

    /** Jobs in {@code status}, oldest first. */
    Uni<List<Job>> inStatus(String tenantId, JobStatus status);

    /** The jobs waiting on parts, by blockedSince. */
    Uni<List<Job>> blocked(String tenantId);

    /** The technician's assigned jobs starting in [from, to), by start. */
    Uni<List<Job>> assignedTo(String tenantId, UUID technicianId, Instant from, Instant to);

    Uni<Map<UUID, Job>> findAll(String tenantId, Collection<UUID> ids);

    Uni<Void> add(Job job);

    /** Writes a changed job loaded in this transaction; its version moves on. */
    Uni<Void> update(Job job);

    /** Keeps what the completed job's work was priced at as it completed (total with tax), for the booked dollars. */
    Uni<Void> priced(String tenantId, UUID jobId, String currency, BigDecimal total);
}
