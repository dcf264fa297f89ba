package dev.opsuite.billing.orders.application.port.in;

import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Reads sales orders of the caller's tenant. */
public interface FindSalesOrdersQuery {

    Uni<SalesOrder> salesOrder(String tenantId, UUID id);

    /** Both filters are optional (null). */
    Uni<Page<SalesOrder>> salesOrders(String tenantId, UUID customerId, SalesOrderStatus status, PageRequest page);
}
