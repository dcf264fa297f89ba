package dev.opsuite.billing.testing;

import dev.opsuite.billing.orders.application.port.in.HoldSalesOrderForInvoicingQuery;
import dev.opsuite.billing.orders.application.port.out.SalesOrderStore;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales orders in a list; another tenant's order is not found, as in the database. Also the orders capability as
 * invoicing sees it: one thread, so holding an order for invoicing is finding it.
 */
public final class InMemorySalesOrders implements SalesOrderStore, HoldSalesOrderForInvoicingQuery {

    private final List<SalesOrder> orders = new ArrayList<>();

    @Override
    public Uni<Optional<SalesOrder>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(orders.stream().filter(o -> o.tenantId().equals(tenantId) && o.id().equals(id)).findFirst());
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
        return Uni.createFrom().item(Page.slice(orders.stream().filter(o -> o.tenantId().equals(tenantId))
                .filter(o -> customerId == null || Objects.equals(o.customerId(), customerId)).toList(), page));
    }

    @Override
    public Uni<Void> add(SalesOrder order) {
        orders.add(order);
        return Uni.createFrom().voidItem();
    }

    /** Every order stored, of every tenant. */
    public List<SalesOrder> all() {
        return List.copyOf(orders);
    }
}
