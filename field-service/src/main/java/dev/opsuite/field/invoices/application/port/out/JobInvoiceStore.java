package dev.opsuite.field.invoices.application.port.out;

import dev.opsuite.field.invoices.domain.JobInvoice;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The job invoices field heard of, one per job, per tenant. */
public interface JobInvoiceStore {

    /** Holding a row lock until the transaction ends, when there is a row. */
    Uni<Optional<JobInvoice>> findForUpdate(String tenantId, UUID jobId);

    Uni<Optional<JobInvoice>> find(String tenantId, UUID jobId);

    Uni<List<JobInvoice>> ofCustomer(String tenantId, UUID customerId);

    /** Inserts or replaces the job's row. */
    Uni<Void> put(JobInvoice invoice);
}
