package dev.opsuite.dispatch.invoices.infrastructure.persistence;

import dev.opsuite.dispatch.invoices.application.port.out.InvoiceProjectionStore;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InvoiceProjectionRepository implements PanacheRepositoryBase<InvoiceProjectionEntity, InvoiceProjectionEntity.Key>,
        InvoiceProjectionStore {

    private static final String UPSERT = """
            insert into invoice_projection
              (tenant_id, invoice_id, invoice_number, sales_order_id, sales_order_number, customer_id, customer_name,
               total_amount, currency, issued_at, last_event_id, status, request_id)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'ISSUED', ?12)
            on conflict (tenant_id, invoice_id) do update set
              invoice_number = excluded.invoice_number,
              sales_order_id = excluded.sales_order_id,
              sales_order_number = excluded.sales_order_number,
              customer_id = excluded.customer_id,
              customer_name = excluded.customer_name,
              total_amount = excluded.total_amount,
              currency = excluded.currency,
              issued_at = excluded.issued_at,
              last_event_id = excluded.last_event_id,
              request_id = coalesce(excluded.request_id, invoice_projection.request_id)""";

    @Override
    public Uni<Void> upsert(IssuedInvoice invoice) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter(1, invoice.tenantId())
                .setParameter(2, invoice.invoiceId())
                .setParameter(3, invoice.invoiceNumber())
                .setParameter(4, invoice.salesOrderId())
                .setParameter(5, invoice.salesOrderNumber())
                .setParameter(6, invoice.customerId())
                .setParameter(7, invoice.customerName())
                .setParameter(8, invoice.total().amount())
                .setParameter(9, invoice.total().currency())
                .setParameter(10, invoice.issuedAt().atOffset(ZoneOffset.UTC))
                .setParameter(11, invoice.lastEventId())
                .setParameter(12, invoice.requestId())
                .executeUpdate())
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> status(String tenantId, UUID invoiceId, InvoiceStatus status, UUID eventId) {
        return update("status = ?1, lastEventId = ?2 where tenantId = ?3 and invoiceId = ?4", status, eventId, tenantId,
                invoiceId).replaceWithVoid();
    }

    @Override
    public Uni<List<IssuedInvoice>> findAll(String tenantId, Collection<UUID> invoiceIds) {
        return list("tenantId = ?1 and invoiceId in ?2", tenantId, invoiceIds)
                .map(rows -> rows.stream().map(InvoiceProjectionRepository::toDomain).toList());
    }

    @Override
    public Uni<Optional<IssuedInvoice>> find(String tenantId, UUID invoiceId) {
        return find("tenantId = ?1 and invoiceId = ?2", tenantId, invoiceId).firstResult()
                .map(e -> Optional.ofNullable(e).map(InvoiceProjectionRepository::toDomain));
    }

    @Override
    public Uni<Page<IssuedInvoice>> list(String tenantId, UUID customerId, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("customerId", customerId);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(InvoiceProjectionRepository::toDomain).toList(), page, total)));
    }

    static IssuedInvoice toDomain(InvoiceProjectionEntity e) {
        return new IssuedInvoice(e.tenantId, e.invoiceId, e.invoiceNumber, e.salesOrderId, e.salesOrderNumber, e.customerId,
                e.customerName, new IssuedInvoice.Total(e.totalAmount, e.currency), e.issuedAt, e.lastEventId, e.status, e.requestId);
    }
}
