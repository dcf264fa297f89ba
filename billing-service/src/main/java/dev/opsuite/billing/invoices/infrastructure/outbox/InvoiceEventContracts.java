package dev.opsuite.billing.invoices.infrastructure.outbox;

import dev.opsuite.billing.invoices.domain.InvoiceIssued;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.Money;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** An issued invoice is announced as invoice-issued v1 on billing.invoice, keyed by the invoice id. */
@ApplicationScoped
class InvoiceEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof InvoiceIssued;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        InvoiceIssued issued = (InvoiceIssued) event;
        var order = issued.order();
        return EventContracts.one(EventCatalog.INVOICE_ISSUED, issued.invoiceId(), issued.tenantId(),
                new dev.opsuite.events.InvoiceIssued(issued.invoiceId(), issued.invoiceNumber(), order.id(),
                        order.orderNumber(), order.customerId(), order.customerName(),
                        new Money(issued.total(), order.currency()), issued.issuedAt(), null));
    }
}
