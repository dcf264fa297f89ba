package dev.opsuite.field.history.application.port.in;

import dev.opsuite.field.audit.domain.AuditEvent;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import io.smallrye.mutiny.Uni;
import dev.opsuite.field.invoices.domain.JobInvoice;
import java.util.List;
import java.util.UUID;

/**
 * A job's or a customer's history: its jobs' status changes, every change of its records, and the invoices billing
 * finalized from its jobs (latest version of each), oldest first.
 */
public interface HistoryQuery {

    record History(List<JobStatusEvent> statusChanges, List<AuditEvent> changes, List<JobInvoice> invoices) {
    }

    /** An unknown job is NOT_FOUND. */
    Uni<History> ofJob(String tenantId, UUID jobId);

    /** An unknown customer is NOT_FOUND. */
    Uni<History> ofCustomer(String tenantId, UUID customerId);
}
