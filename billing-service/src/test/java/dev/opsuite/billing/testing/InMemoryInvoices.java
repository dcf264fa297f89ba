package dev.opsuite.billing.testing;

import dev.opsuite.billing.invoices.application.port.out.InvoiceStore;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Invoices in memory, in the order drafted; a save bumps the version, as the optimistic lock does. */
public final class InMemoryInvoices extends InMemoryStore<Invoice> implements InvoiceStore {

    public InMemoryInvoices() {
        super(Invoice::id, Invoice::tenantId);
    }

    @Override
    public Uni<Optional<Invoice>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Optional<Invoice>> findByRequest(String tenantId, UUID requestId) {
        return Uni.createFrom().item(records.of(tenantId).filter(i -> requestId.equals(i.requestId())).findFirst());
    }

    @Override
    public Uni<Page<Invoice>> list(String tenantId, UUID salesOrderId, InvoiceStatus status, UUID dispatchId,
            PageRequest page) {
        return records.page(tenantId, i -> (salesOrderId == null || i.order().id().equals(salesOrderId))
                && (status == null || i.status() == status)
                && (dispatchId == null || i.dispatch() != null && i.dispatch().id().equals(dispatchId)), page);
    }

    @Override
    public Uni<Void> add(Invoice invoice) {
        return records.added(invoice);
    }

    @Override
    public Uni<Invoice> save(Invoice invoice) {
        Envelope e = invoice.envelope();
        return records.saved(new Invoice(e.withVersion(e.version() + 1), invoice.invoiceNumber(), invoice.order(),
                invoice.lines(), invoice.status(), invoice.progress(), invoice.requestId(), invoice.dispatch()));
    }
}
