package dev.opsuite.dispatch.requests.infrastructure.outbox;

import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.InvoiceRequested;
import dev.opsuite.events.RequestedInvoiceLine;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How invoice requests go out: invoice-requested on dispatch.invoice-request, keyed by the request. */
@ApplicationScoped
class InvoiceRequestEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof InvoiceRequest.Requested;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        InvoiceRequest r = ((InvoiceRequest.Requested) event).request();
        return EventContracts.one(EventCatalog.INVOICE_REQUESTED, r.id(), r.tenantId(), new InvoiceRequested(r.id(),
                r.dispatchId(), r.dispatchNumber(), r.salesOrderId(),
                r.lines().stream().map(l -> new RequestedInvoiceLine(l.salesOrderLineId(), l.quantity())).toList(),
                r.envelope().createdBy(), r.envelope().createdAt()));
    }
}
