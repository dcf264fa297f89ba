package dev.opsuite.field.invoices.application.port.in;

import dev.opsuite.field.invoices.domain.JobInvoice;
import io.smallrye.mutiny.Uni;

/** Billing finalized or revised a job's invoice: the job shows its latest version. */
public interface RecordJobInvoiceUseCase {

    Uni<Void> record(JobInvoice invoice);
}
