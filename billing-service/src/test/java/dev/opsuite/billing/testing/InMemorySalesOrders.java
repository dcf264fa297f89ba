package dev.opsuite.billing.testing;

import dev.opsuite.billing.orders.application.port.in.FindSalesOrdersQuery;
import dev.opsuite.billing.orders.application.port.in.InvoiceSalesOrderLinesUseCase;
import dev.opsuite.billing.orders.application.port.out.SalesOrderStore;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales orders in memory. Also the orders capability as invoicing and profitability see it: one thread, so holding an
 * order for invoicing (or locking it) is finding it, and the order itself decides what may be invoiced.
 */
public final class InMemorySalesOrders extends InMemoryStore<SalesOrder>
        implements SalesOrderStore, InvoiceSalesOrderLinesUseCase, FindSalesOrdersQuery {

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
    public Uni<SalesOrder> invoice(SalesOrder held, List<LineQuantity> quantities) {
        return Uni.createFrom().item(() -> Rejection.orThrow(held.invoice(quantities)))
                .call(booked -> addInvoiced(held.tenantId(), held.id(), quantities));
    }

    @Override
    public Uni<SalesOrder> release(String tenantId, UUID salesOrderId, List<LineQuantity> quantities) {
        SalesOrder released = records.get(tenantId, salesOrderId).orElseThrow().release(quantities);
        records.put(released);
        return Uni.createFrom().item(released);
    }

    @Override
    public Uni<SalesOrder> salesOrder(String tenantId, UUID id) {
        return find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("sales-order", id)));
    }

    @Override
    public Uni<Page<SalesOrder>> salesOrders(String tenantId, UUID customerId, SalesOrderStatus status, PageRequest page) {
        return list(tenantId, customerId, status, page);
    }

    @Override
    public Uni<Page<SalesOrder>> list(String tenantId, UUID customerId, SalesOrderStatus status, PageRequest page) {
        return records.page(tenantId, o -> (customerId == null || Objects.equals(o.customerId(), customerId))
                && (status == null || o.status() == status), page);
    }

    @Override
    public Uni<Void> add(SalesOrder order) {
        return records.added(order);
    }

    @Override
    public Uni<Void> addInvoiced(String tenantId, UUID salesOrderId, List<LineQuantity> changes) {
        SalesOrder o = records.get(tenantId, salesOrderId).orElseThrow();
        List<OrderLine> lines = o.lines().stream().map(line -> {
            BigDecimal change = changes.stream().filter(c -> c.salesOrderLineId().equals(line.id()))
                    .map(LineQuantity::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal invoiced = line.invoiced().add(change);
            // The database's CHECK sales_order_line_invoiced_within_ordered.
            if (invoiced.signum() < 0 || invoiced.compareTo(line.quantity()) > 0) {
                throw new IllegalStateException("sales_order_line_invoiced_within_ordered");
            }
            return new OrderLine(line.id(), line.description(), line.quantity(), line.unitPrice(), invoiced);
        }).toList();
        records.put(new SalesOrder(o.envelope(), o.orderNumber(), o.customerId(), o.customerName(), o.currency(), lines,
                o.status(), o.decisions()));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<SalesOrder> save(SalesOrder order) {
        SalesOrder o = order;
        return records.saved(new SalesOrder(o.envelope().withVersion(o.version() + 1), o.orderNumber(), o.customerId(),
                o.customerName(), o.currency(), o.lines(), o.status(), o.decisions()));
    }
}
