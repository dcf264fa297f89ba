package dev.opsuite.field.invoices.infrastructure.persistence;

import dev.opsuite.field.invoices.application.port.out.JobInvoiceStore;
import dev.opsuite.field.invoices.domain.JobInvoice;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JobInvoiceRepository implements PanacheRepositoryBase<JobInvoiceEntity, UUID>, JobInvoiceStore {

    @Override
    public Uni<Optional<JobInvoice>> findForUpdate(String tenantId, UUID jobId) {
        return find("jobId = ?1 and tenantId = ?2", jobId, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult().map(e -> Optional.ofNullable(e).map(JobInvoiceRepository::toDomain));
    }

    @Override
    public Uni<Optional<JobInvoice>> find(String tenantId, UUID jobId) {
        return find("jobId = ?1 and tenantId = ?2", jobId, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(JobInvoiceRepository::toDomain));
    }

    @Override
    public Uni<List<JobInvoice>> ofCustomer(String tenantId, UUID customerId) {
        return list("tenantId = ?1 and customerId = ?2 order by at, invoiceNumber", tenantId, customerId)
                .map(rows -> rows.stream().map(JobInvoiceRepository::toDomain).toList());
    }

    @Override
    public Uni<Void> put(JobInvoice invoice) {
        return find("jobId = ?1 and tenantId = ?2", invoice.jobId(), invoice.tenantId()).firstResult().chain(found -> {
            JobInvoiceEntity e = found == null ? new JobInvoiceEntity() : found;
            e.jobId = invoice.jobId();
            e.tenantId = invoice.tenantId();
            e.invoiceId = invoice.invoiceId();
            e.invoiceNumber = invoice.invoiceNumber();
            e.version = invoice.version();
            e.status = invoice.status();
            e.customerId = invoice.customerId();
            e.total = invoice.total();
            e.currency = invoice.currency();
            e.at = invoice.at();
            return (found == null ? persist(e) : Uni.createFrom().item(e)).call(() -> flush()).replaceWithVoid();
        });
    }

    private static JobInvoice toDomain(JobInvoiceEntity e) {
        return new JobInvoice(e.tenantId, e.jobId, e.invoiceId, e.invoiceNumber, e.version, e.status, e.customerId,
                e.total, e.currency, e.at);
    }
}
