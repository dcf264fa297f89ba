package dev.opsuite.dispatch.testing;

import dev.opsuite.dispatch.invoices.application.port.out.InvoiceProjectionStore;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The invoice projection in a map keyed, like the table, by tenant and invoice id; lists in the order written. */
public final class InMemoryInvoiceProjection implements InvoiceProjectionStore {

    private record Key(String tenantId, UUID invoiceId) {
    }

    private final Map<Key, IssuedInvoice> rows = new LinkedHashMap<>();

    @Override
    public Uni<Void> upsert(IssuedInvoice invoice) {
        // As the table: an invoice announced again keeps the status billing's lifecycle gave it.
        IssuedInvoice had = rows.get(new Key(invoice.tenantId(), invoice.invoiceId()));
        rows.put(new Key(invoice.tenantId(), invoice.invoiceId()), had == null ? invoice : new IssuedInvoice(
                invoice.tenantId(), invoice.invoiceId(), invoice.invoiceNumber(), invoice.salesOrderId(),
                invoice.salesOrderNumber(), invoice.customerId(), invoice.customerName(), invoice.total(), invoice.issuedAt(),
                invoice.lastEventId(), had.status(), invoice.requestId() != null ? invoice.requestId() : had.requestId()));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<IssuedInvoice>> find(String tenantId, UUID invoiceId) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(new Key(tenantId, invoiceId))));
    }

    @Override
    public Uni<Page<IssuedInvoice>> list(String tenantId, UUID customerId, PageRequest page) {
        List<IssuedInvoice> matching = new ArrayList<>();
        for (IssuedInvoice invoice : rows.values()) {
            if (invoice.tenantId().equals(tenantId) && (customerId == null || Objects.equals(invoice.customerId(), customerId))) {
                matching.add(invoice);
            }
        }
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<Void> status(String tenantId, UUID invoiceId, InvoiceStatus status, UUID eventId) {
        rows.computeIfPresent(new Key(tenantId, invoiceId), (k, i) -> new IssuedInvoice(i.tenantId(), i.invoiceId(),
                i.invoiceNumber(), i.salesOrderId(), i.salesOrderNumber(), i.customerId(), i.customerName(), i.total(),
                i.issuedAt(), eventId, status, i.requestId()));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<IssuedInvoice>> findAll(String tenantId, Collection<UUID> invoiceIds) {
        return Uni.createFrom().item(invoiceIds.stream().map(id -> rows.get(new Key(tenantId, id))).filter(Objects::nonNull)
                .toList());
    }

    /** Every copy the projection holds, of every tenant. */
    public List<IssuedInvoice> all() {
        return List.copyOf(rows.values());
    }
}
