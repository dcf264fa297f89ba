package dev.opsuite.field.testing;

import dev.opsuite.field.invoices.application.port.out.JobInvoiceStore;
import dev.opsuite.field.invoices.domain.JobInvoice;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The job invoices field heard of, in memory, one per job and tenant. */
public final class InMemoryJobInvoices implements JobInvoiceStore {

    private final List<JobInvoice> rows = new ArrayList<>();

    @Override
    public Uni<Optional<JobInvoice>> findForUpdate(String tenantId, UUID jobId) {
        return find(tenantId, jobId);
    }

    @Override
    public Uni<Optional<JobInvoice>> find(String tenantId, UUID jobId) {
        return Uni.createFrom().item(rows.stream().filter(i -> i.tenantId().equals(tenantId) && i.jobId().equals(jobId))
                .findFirst());
    }

    @Override
    public Uni<List<JobInvoice>> ofCustomer(String tenantId, UUID customerId) {
        return Uni.createFrom().item(rows.stream()
                .filter(i -> i.tenantId().equals(tenantId) && i.customerId().equals(customerId))
                .sorted(Comparator.comparing(JobInvoice::at)).toList());
    }

    @Override
    public Uni<Void> put(JobInvoice invoice) {
        rows.removeIf(i -> i.tenantId().equals(invoice.tenantId()) && i.jobId().equals(invoice.jobId()));
        rows.add(invoice);
        return Uni.createFrom().voidItem();
    }
}
