package dev.opsuite.billing.orders.infrastructure.outbox;

import dev.opsuite.billing.orders.domain.SalesOrderCancelled;
import dev.opsuite.billing.orders.domain.SalesOrderConfirmed;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.Money;
import dev.opsuite.events.SalesOrderLine;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Confirmed and cancelled orders are announced on billing.sales-order, keyed by the order id. */
@ApplicationScoped
class SalesOrderEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof SalesOrderConfirmed || event instanceof SalesOrderCancelled;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof SalesOrderConfirmed c) {
            return EventContracts.one(EventCatalog.SALES_ORDER_CONFIRMED, c.salesOrderId(), c.tenantId(),
                    new dev.opsuite.events.SalesOrderConfirmed(c.salesOrderId(), c.orderNumber(), c.customerId(),
                            c.customerName(), c.lines().stream().map(l -> new SalesOrderLine(l.id(), l.description(),
                                    l.quantity(), l.unitPrice(), l.amount())).toList(),
                            new Money(c.total(), c.currency()), c.confirmedBy(), c.confirmedAt()));
        }
        SalesOrderCancelled c = (SalesOrderCancelled) event;
        return EventContracts.one(EventCatalog.SALES_ORDER_CANCELLED, c.salesOrderId(), c.tenantId(),
                new dev.opsuite.events.SalesOrderCancelled(c.salesOrderId(), c.orderNumber(), c.reason(),
                        c.cancelledBy(), c.cancelledAt()));
    }
}
