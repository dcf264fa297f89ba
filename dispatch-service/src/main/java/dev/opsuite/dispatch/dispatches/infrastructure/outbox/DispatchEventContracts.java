package dev.opsuite.dispatch.dispatches.infrastructure.outbox;

import dev.opsuite.dispatch.dispatches.domain.AttachedInvoice;
import dev.opsuite.dispatch.dispatches.domain.Booking;
import dev.opsuite.dispatch.dispatches.domain.DispatchEvent;
import dev.opsuite.dispatch.dispatches.domain.DispatchEvent.Facts;
import dev.opsuite.events.DispatchAssignment;
import dev.opsuite.events.DispatchCancelled;
import dev.opsuite.events.DispatchClosed;
import dev.opsuite.events.DispatchCompleted;
import dev.opsuite.events.DispatchCreated;
import dev.opsuite.events.DispatchDeleted;
import dev.opsuite.events.DispatchDispatched;
import dev.opsuite.events.DispatchInvoiceAttached;
import dev.opsuite.events.DispatchInvoiceDetached;
import dev.opsuite.events.DispatchScheduled;
import dev.opsuite.events.DispatchUpdated;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How dispatches go out on dispatch.dispatch, keyed by the dispatch's UUID. In every contract {@code dispatchId} is that
 * UUID (the REST {@code id}) and {@code dispatchNumber} the human-readable DSP-YYYY-NNNNNN (the REST {@code dispatchId}).
 * A move back between PENDING and DRAFT (the first invoice on, the last off) is told by the attach and detach events.
 */
@ApplicationScoped
class DispatchEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof DispatchEvent;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        DispatchEvent e = (DispatchEvent) event;
        Facts d = e.dispatch();
        if (e instanceof DispatchEvent.Created c) {
            return EventContracts.one(EventCatalog.DISPATCH_CREATED, d.id(), d.tenantId(), new DispatchCreated(d.id(),
                    d.number(), d.status().name(), d.datetime(), assignment(d.booking()), d.invoiceIds(), c.by(), c.at()));
        }
        if (e instanceof DispatchEvent.Updated u) {
            return EventContracts.one(EventCatalog.DISPATCH_UPDATED, d.id(), d.tenantId(), new DispatchUpdated(d.id(),
                    d.number(), d.status().name(), d.datetime(), assignment(d.booking()), u.changedFields(), u.by(), u.at()));
        }
        if (e instanceof DispatchEvent.Moved m) {
            return moved(m, d);
        }
        if (e instanceof DispatchEvent.Deleted x) {
            return EventContracts.one(EventCatalog.DISPATCH_DELETED, d.id(), d.tenantId(),
                    new DispatchDeleted(d.id(), d.number(), x.previousStatus().name(), x.by(), x.at()));
        }
        if (e instanceof DispatchEvent.InvoiceAttached a) {
            AttachedInvoice i = a.invoice();
            return EventContracts.one(EventCatalog.DISPATCH_INVOICE_ATTACHED, d.id(), d.tenantId(),
                    new DispatchInvoiceAttached(d.id(), d.number(), i.invoiceId(), i.invoiceNumber(), i.salesOrderId(),
                            a.by(), a.at()));
        }
        DispatchEvent.InvoiceDetached x = (DispatchEvent.InvoiceDetached) e;
        AttachedInvoice i = x.invoice();
        return EventContracts.one(EventCatalog.DISPATCH_INVOICE_DETACHED, d.id(), d.tenantId(),
                new DispatchInvoiceDetached(d.id(), d.number(), i.invoiceId(), i.invoiceNumber(), i.salesOrderId(),
                        x.by(), x.at()));
    }

    private static List<Outgoing<?>> moved(DispatchEvent.Moved m, Facts d) {
        return switch (m.change().to()) {
            case SCHEDULED -> EventContracts.one(EventCatalog.DISPATCH_SCHEDULED, d.id(), d.tenantId(),
                    new DispatchScheduled(d.id(), d.number(), d.datetime(), assignment(d.booking()), m.by(), m.at()));
            case DISPATCHED -> EventContracts.one(EventCatalog.DISPATCH_DISPATCHED, d.id(), d.tenantId(),
                    new DispatchDispatched(d.id(), d.number(), d.datetime(), assignment(d.booking()), d.departedAt(), m.by(),
                            m.at()));
            case COMPLETED -> EventContracts.one(EventCatalog.DISPATCH_COMPLETED, d.id(), d.tenantId(),
                    new DispatchCompleted(d.id(), d.number(), assignment(d.booking()), d.departedAt(),
                            d.delivery().receivedAt(), d.delivery().recipientName(), d.delivery().proofAttached(),
                            d.invoiceIds(), m.by(), m.at()));
            case CLOSED -> EventContracts.one(EventCatalog.DISPATCH_CLOSED, d.id(), d.tenantId(),
                    new DispatchClosed(d.id(), d.number(), m.by(), m.at()));
            case CANCELLED -> EventContracts.one(EventCatalog.DISPATCH_CANCELLED, d.id(), d.tenantId(),
                    new DispatchCancelled(d.id(), d.number(), m.change().from().name(), m.reason(), m.by(), m.at()));
            // PENDING <-> DRAFT follows an invoice attached or detached, which is announced as such.
            case PENDING, DRAFT -> List.of();
        };
    }

    static DispatchAssignment assignment(Booking b) {
        return new DispatchAssignment(b.unitId(), b.vehicleId(), b.driverId(), b.trailerId(), b.tripTicketId(),
                b.tripTicketNumber(), b.orderReference(), b.windowFrom(), b.windowTo());
    }
}
