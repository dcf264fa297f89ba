package dev.opsuite.dispatch.invoices.application.service;

import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.invoices.application.port.in.RecordIssuedInvoiceUseCase;
import dev.opsuite.dispatch.invoices.application.port.out.InvoiceProjectionStore;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.events.InvoiceIssued;
import dev.opsuite.support.inbox.PoisonEventException;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class InvoiceProjectionService implements RecordIssuedInvoiceUseCase, FindInvoicesQuery {

    private final InvoiceProjectionStore projection;

    InvoiceProjectionService(InvoiceProjectionStore projection) {
        this.projection = projection;
    }

    @Override
    public Uni<Void> record(String tenantId, UUID eventId, InvoiceIssued event) {
        if (event.invoiceId() == null || event.invoiceNumber() == null || event.salesOrderId() == null
                || event.customerId() == null || event.total() == null || event.total().amount() == null
                || event.total().currency() == null || event.issuedAt() == null) {
            // No retry can fix a payload that breaks the contract: straight to the dead-letter topic.
            throw new PoisonEventException("invoice-issued event " + eventId + " lacks a field v1 requires", null);
        }
        return projection.upsert(new IssuedInvoice(tenantId, event.invoiceId(), event.invoiceNumber(), event.salesOrderId(),
                event.salesOrderNumber(), event.customerId(), event.customerName(), event.total().amount(),
                event.total().currency(), event.issuedAt(), eventId));
    }

    @Override
    @WithSession
    public Uni<IssuedInvoice> invoice(String tenantId, UUID invoiceId) {
        return projection.find(tenantId, invoiceId).map(invoice -> Rejection.found(invoice, "invoice", invoiceId));
    }

    @Override
    @WithSession
    public Uni<Page<IssuedInvoice>> invoices(String tenantId, UUID customerId, PageRequest page) {
        return projection.list(tenantId, customerId, page);
    }
}
