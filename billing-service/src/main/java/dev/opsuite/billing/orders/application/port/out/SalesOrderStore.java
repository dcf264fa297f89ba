package dev.opsuite.billing.orders.application.port.out;

import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where sales orders are kept. Every method is scoped to one tenant. */
public interface SalesOrderStore {

    /** Empty when the order does not exist in this tenant. */
    Uni<Optional<SalesOrder>> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends (invoices of one order queue). */
    Uni<Optional<SalesOrder>> findForUpdate(String tenantId, UUID id);

    /** Both filters are optional (null). */
    Uni<Page<SalesOrder>> list(String tenantId, UUID customerId, SalesOrderStatus status, PageRequest page);

    Uni<Void> add(SalesOrder order);

    /**
     * Adds {@code changes} to the invoiced quantities of the order's lines (negative: gives them back), in place on
     * the rows, so that a CHECK keeps every line within what was ordered whatever else runs.
     */
    Uni<Void> addInvoiced(String tenantId, UUID salesOrderId, List<LineQuantity> changes);

    /** Writes the order's status and decisions (found in this transaction) and answers it at its new version. */
    Uni<SalesOrder> save(SalesOrder order);
}
