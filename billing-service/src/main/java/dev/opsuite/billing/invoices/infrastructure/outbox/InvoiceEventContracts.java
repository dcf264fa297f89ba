package dev.opsuite.billing.invoices.infrastructure.outbox;

import dev.opsuite.billing.invoices.domain.InvoiceDrafted;
import dev.opsuite.billing.invoices.domain.InvoiceIssued;
import dev.opsuite.billing.invoices.domain.InvoiceProcessed;
import dev.opsuite.billing.invoices.domain.InvoiceRequestRejected;
import dev.opsuite.billing.invoices.domain.InvoiceVoided;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.InvoiceLine;
import dev.opsuite.events.Money;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Every step of an invoice's lifecycle is announced on billing.invoice, keyed by the invoice id; a dispatch's request
 * that could not be met on billing.invoice-request, keyed by the request id.
 */
@ApplicationScoped
class InvoiceEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof InvoiceDrafted || event instanceof InvoiceIssued || event instanceof InvoiceProcessed
                || event instanceof InvoiceVoided || event instanceof InvoiceRequestRejected;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof InvoiceDrafted d) {
            var order = d.order();
            return EventContracts.one(EventCatalog.INVOICE_DRAFTED, d.invoiceId(), d.tenantId(),
                    new dev.opsuite.events.InvoiceDrafted(d.invoiceId(), d.invoiceNumber(), order.id(),
                            order.orderNumber(), order.customerId(), order.customerName(),
                            d.lines().stream().map(l -> new InvoiceLine(l.salesOrderLineId(), l.description(),
                                    l.quantity(), l.unitPrice(), l.amount())).toList(),
                            new Money(d.total(), order.currency()), d.requestId(), d.draftedBy(), d.draftedAt()));
        }
        if (event instanceof InvoiceIssued issued) {
            var order = issued.order();
            return EventContracts.one(EventCatalog.INVOICE_ISSUED, issued.invoiceId(), issued.tenantId(),
                    new dev.opsuite.events.InvoiceIssued(issued.invoiceId(), issued.invoiceNumber(), order.id(),
                            order.orderNumber(), order.customerId(), order.customerName(),
                            new Money(issued.total(), order.currency()), issued.issuedAt(), issued.requestId()));
        }
        if (event instanceof InvoiceProcessed p) {
            return EventContracts.one(EventCatalog.INVOICE_PROCESSED, p.invoiceId(), p.tenantId(),
                    new dev.opsuite.events.InvoiceProcessed(p.invoiceId(), p.invoiceNumber(), p.salesOrderId(),
                            p.processing().name(), p.processedBy(), p.processedAt()));
        }
        if (event instanceof InvoiceRequestRejected r) {
            // On billing.invoice-request, keyed by the request: dispatch follows its request there.
            return EventContracts.one(EventCatalog.INVOICE_REQUEST_REJECTED, r.requestId(), r.tenantId(),
                    new dev.opsuite.events.InvoiceRequestRejected(r.requestId(), r.dispatchId(), r.salesOrderId(),
                            r.reason(), r.detail(), r.rejectedAt()));
        }
        InvoiceVoided v = (InvoiceVoided) event;
        return EventContracts.one(EventCatalog.INVOICE_VOIDED, v.invoiceId(), v.tenantId(),
                new dev.opsuite.events.InvoiceVoided(v.invoiceId(), v.invoiceNumber(), v.salesOrderId(), v.reason(),
                        v.voidedBy(), v.voidedAt()));
    }
}
