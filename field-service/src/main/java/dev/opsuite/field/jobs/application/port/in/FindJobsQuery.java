package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads jobs of the caller's tenant. */
public interface FindJobsQuery {

    Uni<Job> job(String tenantId, UUID id);

    /** The jobs a call became, oldest first; an unknown call is NOT_FOUND. */
    Uni<List<Job>> jobsOfCall(String tenantId, UUID serviceCallId);

    /** The jobs on no one's board yet, oldest first: the dispatch board's unassigned column. */
    Uni<List<Job>> readyToSchedule(String tenantId);

    /** The job's status changes, oldest first; an unknown job is NOT_FOUND. */
    Uni<List<JobStatusEvent>> statusHistory(String tenantId, UUID jobId);

    /** The status changes of every job of the customer, oldest first. */
    Uni<List<JobStatusEvent>> statusHistoryOfCustomer(String tenantId, UUID customerId);

    /** The jobs waiting on parts, longest waiting first. */
    Uni<List<Job>> waitingOnParts(String tenantId);

    /** The technician's jobs whose live appointment starts in [from, to), by start: their queue. */
    Uni<List<Job>> queue(String tenantId, UUID technicianId, Instant from, Instant to);

    /** The jobs named, by id; ids of no job of the tenant are left out. */
    Uni<Map<UUID, Job>> jobs(String tenantId, Collection<UUID> ids);
}
