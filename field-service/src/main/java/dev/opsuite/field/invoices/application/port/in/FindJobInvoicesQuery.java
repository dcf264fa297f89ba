package dev.opsuite.field.invoices.application.port.in;

import dev.opsuite.field.invoices.domain.JobInvoice;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** The invoices billing finalized from field jobs. */
public interface FindJobInvoicesQuery {

    /** NOT_FOUND while billing has finalized none for the job. */
    Uni<JobInvoice> ofJob(String tenantId, UUID jobId);

    /** The invoices of the customer's jobs, oldest first. */
    Uni<List<JobInvoice>> ofCustomer(String tenantId, UUID customerId);
}
