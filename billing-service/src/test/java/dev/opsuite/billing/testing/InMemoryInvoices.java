package dev.opsuite.billing.testing;

import dev.opsuite.billing.invoices.application.port.out.InvoiceStore;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Invoices by id, in the order drafted; another tenant's invoice is not found, and a save bumps the version. */
public final class InMemoryInvoices implements InvoiceStore {

    private final Map<UUID, Invoice> invoices = new LinkedHashMap<>();

    @Override
    public Uni<Optional<Invoice>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(invoices.get(id)).filter(i -> i.tenantId().equals(tenantId)));
    }

    @Override
    public Uni<Optional<Invoice>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Boolean> existsForOrder(String tenantId, UUID salesOrderId) {
        return Uni.createFrom().item(invoices.values().stream()
                .anyMatch(i -> i.tenantId().equals(tenantId) && i.order().id().equals(salesOrderId)));
    }

    @Override
    public Uni<Page<Invoice>> list(String tenantId, UUID salesOrderId, InvoiceStatus status, PageRequest page) {
        return Uni.createFrom().item(Page.slice(invoices.values().stream().filter(i -> i.tenantId().equals(tenantId))
                .filter(i -> salesOrderId == null || i.order().id().equals(salesOrderId))
                .filter(i -> status == null || i.status() == status).toList(), page));
    }

    @Override
    public Uni<Void> add(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Invoice> save(Invoice invoice) {
        Envelope e = invoice.envelope();
        Invoice saved = new Invoice(e.withVersion(e.version() + 1),
                invoice.invoiceNumber(), invoice.order(), invoice.status(), invoice.issuedAt(), invoice.issuedBy());
        invoices.put(saved.id(), saved);
        return Uni.createFrom().item(saved);
    }

    /** Every invoice stored, of every tenant. */
    public List<Invoice> all() {
        return List.copyOf(invoices.values());
    }
}
