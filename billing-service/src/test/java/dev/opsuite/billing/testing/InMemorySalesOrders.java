package dev.opsuite.billing.testing;

import dev.opsuite.billing.orders.application.port.in.HoldSalesOrderForInvoicingQuery;
import dev.opsuite.billing.orders.application.port.out.SalesOrderStore;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales orders in memory. Also the orders capability as invoicing sees it: one thread, so holding an order for
 * invoicing (or locking it) is finding it.
 */
public final class InMemorySalesOrders extends InMemoryStore<SalesOrder> implements SalesOrderStore, HoldSalesOrderForInvoicingQuery {

    public InMemorySalesOrders() {
        super(SalesOrder::id, SalesOrder::tenantId);
    }

    @Override
    public Uni<Optional<SalesOrder>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Optional<SalesOrder>> holdForInvoicing(String tenantId, UUID salesOrderId) {
        return find(tenantId, salesOrderId);
    }

    @Override
    public Uni<Page<SalesOrder>> list(String tenantId, UUID customerId, PageRequest page) {
        return records.page(tenantId, o -> customerId == null || Objects.equals(o.customerId(), customerId), page);
    }

    @Override
    public Uni<Void> add(SalesOrder order) {
        return records.added(order);
    }

    @Override
    public Uni<SalesOrder> save(SalesOrder order) {
        SalesOrder o = order;
        return records.saved(new SalesOrder(o.envelope().withVersion(o.version() + 1), o.orderNumber(), o.customerId(),
                o.customerName(), o.currency(), o.lines(), o.status(), o.decisions()));
    }
}
