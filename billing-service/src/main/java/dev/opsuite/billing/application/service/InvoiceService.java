package dev.opsuite.billing.application.service;

import dev.opsuite.billing.application.port.in.CreateInvoiceUseCase;
import dev.opsuite.billing.application.port.in.FindInvoicesQuery;
import dev.opsuite.billing.application.port.in.IssueInvoiceUseCase;
import dev.opsuite.billing.application.port.out.InvoiceStore;
import dev.opsuite.billing.application.port.out.SalesOrderStore;
import dev.opsuite.billing.domain.Invoice;
import dev.opsuite.billing.domain.InvoiceStatus;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.InvoiceIssued;
import dev.opsuite.events.Money;
import dev.opsuite.support.numbering.DocumentNumbers;
import dev.opsuite.support.outbox.Outbox;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
class InvoiceService implements CreateInvoiceUseCase, IssueInvoiceUseCase, FindInvoicesQuery {

    static final String DOCUMENT_PREFIX = "INV";

    private final SalesOrderStore orders;
    private final InvoiceStore invoices;
    private final DocumentNumbers documentNumbers;
    private final Outbox outbox;
    private final Clock clock;

    InvoiceService(SalesOrderStore orders, InvoiceStore invoices, DocumentNumbers documentNumbers, Outbox outbox,
            Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.documentNumbers = documentNumbers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Invoice> create(Actor actor, UUID salesOrderId) {
        Instant now = clock.instant();
        // The order's row lock makes invoices of one order queue, so it cannot be invoiced twice at once.
        return orders.findForUpdate(actor.tenantId(), salesOrderId)
                .map(order -> {
                    if (order == null) {
                        // Seed 000: an invoice must belong to a valid sales order (of the caller's tenant).
                        throw Rejection.unprocessable("sales-order-not-found", "salesOrderId",
                                "No sales order " + salesOrderId + ".").toException();
                    }
                    return order;
                })
                .call(order -> invoices.existsForOrder(actor.tenantId(), order.id()).invoke(exists -> {
                    if (exists) {
                        throw Rejection.conflict("sales-order-already-invoiced", "salesOrderId",
                                "Sales order " + order.orderNumber() + " already has an invoice.").toException();
                    }
                }))
                .chain(order -> documentNumbers.next(actor.tenantId(), DOCUMENT_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                        .map(number -> Rejection.orThrow(Invoice.draftFor(UUID.randomUUID(), number, order,
                                actor.tenantId(), actor.userId(), now))))
                .call(invoices::add);
    }

    @Override
    @WithTransaction
    public Uni<Invoice> issue(Actor actor, UUID invoiceId, Long expectedVersion) {
        return invoices.findForUpdate(actor.tenantId(), invoiceId)
                .map(invoice -> {
                    Rejection.found(invoice, "invoice", invoiceId);
                    Rejection.requireVersion(expectedVersion, invoice.version());
                    return Rejection.orThrow(invoice.issue(actor.userId(), clock.instant()));
                })
                .chain(invoices::save)
                .call(invoice -> outbox.append(EventCatalog.INVOICE_ISSUED, invoice.id(), invoice.tenantId(),
                        new InvoiceIssued(invoice.id(), invoice.invoiceNumber(), invoice.salesOrderId(),
                                invoice.salesOrderNumber(), invoice.customerId(), invoice.customerName(),
                                new Money(invoice.totalAmount(), invoice.currency()), invoice.issuedAt())));
    }

    @Override
    @WithSession
    public Uni<Invoice> invoice(String tenantId, UUID id) {
        return invoices.find(tenantId, id).map(invoice -> Rejection.found(invoice, "invoice", id));
    }

    @Override
    @WithSession
    public Uni<Page<Invoice>> invoices(String tenantId, UUID salesOrderId, InvoiceStatus status, PageRequest page) {
        return invoices.list(tenantId, salesOrderId, status, page);
    }
}
