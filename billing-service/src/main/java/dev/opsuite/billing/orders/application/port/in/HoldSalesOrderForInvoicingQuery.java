package dev.opsuite.billing.orders.application.port.in;

import dev.opsuite.billing.orders.domain.SalesOrder;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/**
 * What invoicing asks of the orders capability: the order an invoice is raised against, held (row-locked) until
 * the caller's transaction ends, so that invoices of one order queue and an order cannot be invoiced twice at once.
 * Runs inside the caller's transaction.
 */
public interface HoldSalesOrderForInvoicingQuery {

    /** Empty when this tenant has no such order. */
    Uni<Optional<SalesOrder>> holdForInvoicing(String tenantId, UUID salesOrderId);
}
