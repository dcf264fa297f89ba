package dev.opsuite.billing.invoices.infrastructure.persistence;

import dev.opsuite.billing.invoices.application.port.out.InvoiceStore;
import dev.opsuite.billing.invoices.domain.DispatchLink;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceProgress;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.InvoicedOrder;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

@ApplicationScoped
class InvoiceRepository implements PanacheRepositoryBase<InvoiceEntity, UUID>, InvoiceStore {

    @Override
    public Uni<Optional<Invoice>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(InvoiceRepository::toDomain));
    }

    @Override
    public Uni<Optional<Invoice>> findForUpdate(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult().map(e -> Optional.ofNullable(e).map(InvoiceRepository::toDomain));
    }

    @Override
    public Uni<Optional<Invoice>> findByRequest(String tenantId, UUID requestId) {
        return find("tenantId = ?1 and requestId = ?2", tenantId, requestId).firstResult()
                .map(e -> Optional.ofNullable(e).map(InvoiceRepository::toDomain));
    }

    @Override
    public Uni<Page<Invoice>> list(String tenantId, UUID salesOrderId, InvoiceStatus status, UUID dispatchId,
            PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("salesOrderId", salesOrderId).eq("status", status)
                .eq("dispatchId", dispatchId);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(InvoiceRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Map<String, BigDecimal>> totals(String tenantId, UUID salesOrderId, Set<InvoiceStatus> statuses) {
        return getSession().chain(s -> s.createSelectionQuery("select currency, sum(totalAmount) from InvoiceEntity"
                        + " where tenantId = ?1 and salesOrderId = ?2 and status in ?3 group by currency", Object[].class)
                .setParameter(1, tenantId).setParameter(2, salesOrderId).setParameter(3, statuses).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (BigDecimal) row[1])));
    }

    @Override
    public Uni<Void> add(Invoice invoice) {
        InvoiceEntity e = new InvoiceEntity();
        e.id = invoice.id();
        Envelopes.stamp(e, invoice.envelope());
        e.invoiceNumber = invoice.invoiceNumber();
        InvoicedOrder order = invoice.order();
        e.salesOrderId = order.id();
        e.salesOrderNumber = order.orderNumber();
        e.customerId = order.customerId();
        e.customerName = order.customerName();
        e.totalAmount = invoice.total();
        e.currency = order.currency();
        e.lines = JsonList.of(invoice.lines());
        e.requestId = invoice.requestId();
        copy(invoice, e);
        return persist(e).replaceWithVoid();
    }

    @Override
    public Uni<Invoice> save(Invoice invoice) {
        // Loaded into this session by find; copying onto it and flushing writes the change and bumps the version.
        return findById(invoice.id()).invoke(e -> copy(invoice, e)).call(e -> flush())
                .map(InvoiceRepository::toDomain);
    }

    private static void copy(Invoice invoice, InvoiceEntity e) {
        e.status = invoice.status();
        InvoiceProgress p = invoice.progress();
        e.issuedAt = p.issuedAt();
        e.issuedBy = p.issuedBy();
        e.processing = p.processing();
        e.processedBy = p.processedBy();
        e.processedAt = p.processedAt();
        e.voidedBy = p.voidedBy();
        e.voidedAt = p.voidedAt();
        e.voidReason = p.voidReason();
        DispatchLink dispatch = invoice.dispatch();
        e.dispatchId = dispatch == null ? null : dispatch.id();
        e.dispatchNumber = dispatch == null ? null : dispatch.number();
        e.dispatchLinkedAt = dispatch == null ? null : dispatch.linkedAt();
    }

    static Invoice toDomain(InvoiceEntity e) {
        return new Invoice(Envelopes.of(e.id, e), e.invoiceNumber,
                new InvoicedOrder(e.salesOrderId, e.tenantId, e.salesOrderNumber, e.customerId, e.customerName,
                        e.currency),
                e.lines.lines(), e.status, new InvoiceProgress(e.issuedBy, e.issuedAt, e.processing, e.processedBy,
                        e.processedAt, e.voidedBy, e.voidedAt, e.voidReason), e.requestId,
                e.dispatchId == null ? null : new DispatchLink(e.dispatchId, e.dispatchNumber, e.dispatchLinkedAt));
    }
}
