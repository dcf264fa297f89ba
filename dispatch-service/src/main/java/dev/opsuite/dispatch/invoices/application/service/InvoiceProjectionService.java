package dev.opsuite.dispatch.invoices.application.service;

import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.invoices.application.port.in.RecordInvoiceLifecycleUseCase;
import dev.opsuite.dispatch.invoices.application.port.in.RecordIssuedInvoiceUseCase;
import dev.opsuite.dispatch.invoices.application.port.out.InvoiceProjectionStore;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class InvoiceProjectionService implements RecordIssuedInvoiceUseCase, RecordInvoiceLifecycleUseCase, FindInvoicesQuery {

    private final InvoiceProjectionStore projection;

    InvoiceProjectionService(InvoiceProjectionStore projection) {
        this.projection = projection;
    }

    @Override
    public Uni<Void> record(IssuedInvoice invoice) {
        return projection.upsert(invoice);
    }

    @Override
    public Uni<Void> processed(String tenantId, UUID invoiceId, UUID eventId) {
        return projection.status(tenantId, invoiceId, InvoiceStatus.PROCESSED, eventId);
    }

    @Override
    public Uni<Void> voided(String tenantId, UUID invoiceId, UUID eventId) {
        return projection.status(tenantId, invoiceId, InvoiceStatus.VOID, eventId);
    }

    @Override
    @WithSession
    public Uni<List<IssuedInvoice>> invoices(String tenantId, Collection<UUID> invoiceIds) {
        return invoiceIds.isEmpty() ? Uni.createFrom().item(List.of()) : projection.findAll(tenantId, invoiceIds);
    }

    @Override
    @WithSession
    public Uni<IssuedInvoice> invoice(String tenantId, UUID invoiceId) {
        return projection.find(tenantId, invoiceId).map(found -> found.orElseThrow(Rejection.missing("invoice", invoiceId)));
    }

    @Override
    @WithSession
    public Uni<Page<IssuedInvoice>> invoices(String tenantId, UUID customerId, PageRequest page) {
        return projection.list(tenantId, customerId, page);
    }
}
