package dev.opsuite.billing.testing;

import dev.opsuite.billing.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.billing.invoices.application.port.out.InvoiceStore;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Invoices in memory, in the order drafted; a save bumps the version, as the optimistic lock does. Also the invoices
 * capability as profitability sees it (what an order's invoices come to).
 */
public final class InMemoryInvoices extends InMemoryStore<Invoice> implements InvoiceStore, FindInvoicesQuery {

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
    public Uni<Map<String, BigDecimal>> totals(String tenantId, UUID salesOrderId, Set<InvoiceStatus> statuses) {
        return Uni.createFrom().item(records.of(tenantId)
                .filter(i -> i.order().id().equals(salesOrderId) && statuses.contains(i.status()))
                .collect(Collectors.groupingBy(i -> i.order().currency(),
                        Collectors.reducing(BigDecimal.ZERO, Invoice::total, BigDecimal::add))));
    }

    @Override
    public Uni<Invoice> invoice(String tenantId, UUID id) {
        return find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("invoice", id)));
    }

    @Override
    public Uni<Page<Invoice>> invoices(String tenantId, UUID salesOrderId, InvoiceStatus status, UUID dispatchId,
            PageRequest page) {
        return list(tenantId, salesOrderId, status, dispatchId, page);
    }

    @Override
    public Uni<Map<String, BigDecimal>> revenue(String tenantId, UUID salesOrderId) {
        return totals(tenantId, salesOrderId, EnumSet.of(InvoiceStatus.ISSUED, InvoiceStatus.PROCESSED));
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
