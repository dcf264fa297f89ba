package dev.opsuite.field.jobs.application.port.out;

import dev.opsuite.field.jobs.domain.JobStatusEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Where job status changes are appended, in the transaction of the change. */
public interface JobStatusLog {

    Uni<Void> append(String tenantId, JobStatusEvent event);

    /** The job's status changes, oldest first. */
    Uni<List<JobStatusEvent>> ofJob(String tenantId, UUID jobId);

    /** The status changes of every job of the customer, oldest first. */
    Uni<List<JobStatusEvent>> ofCustomer(String tenantId, UUID customerId);
}
