package dev.opsuite.field.invoices.application.service;

import dev.opsuite.field.invoices.application.port.in.FindJobInvoicesQuery;
import dev.opsuite.field.invoices.application.port.in.RecordJobInvoiceUseCase;
import dev.opsuite.field.invoices.application.port.out.JobInvoiceStore;
import dev.opsuite.field.invoices.domain.JobInvoice;
import dev.opsuite.support.application.Rejection;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class JobInvoiceService implements RecordJobInvoiceUseCase, FindJobInvoicesQuery {

    private final JobInvoiceStore invoices;

    JobInvoiceService(JobInvoiceStore invoices) {
        this.invoices = invoices;
    }

    /** In the inbox's transaction. */
    @Override
    public Uni<Void> record(JobInvoice heard) {
        return invoices.findForUpdate(heard.tenantId(), heard.jobId()).chain(found -> {
            JobInvoice kept = found.map(known -> known.newest(heard)).orElse(heard);
            return found.isPresent() && kept == found.get() ? Uni.createFrom().voidItem() : invoices.put(kept);
        });
    }

    @Override
    @WithSession
    public Uni<JobInvoice> ofJob(String tenantId, UUID jobId) {
        return invoices.find(tenantId, jobId).map(found -> found.orElseThrow(Rejection.missing("job-invoice", jobId)));
    }

    @Override
    @WithSession
    public Uni<List<JobInvoice>> ofCustomer(String tenantId, UUID customerId) {
        return invoices.ofCustomer(tenantId, customerId);
    }
}
