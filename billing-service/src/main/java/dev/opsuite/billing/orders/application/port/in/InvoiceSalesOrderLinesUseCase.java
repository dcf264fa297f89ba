package dev.opsuite.billing.orders.application.port.in;

import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.SalesOrder;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What invoicing asks of the orders capability, inside the caller's transaction: the order an invoice is raised
 * against, held (row-locked) until the transaction ends so that invoices of one order queue; then the quantities the
 * invoice takes booked on its lines, or given back when an invoice is voided. The lines' invoiced quantities never
 * exceed what was ordered (the order decides, and a CHECK on the line rows holds it as well).
 */
public interface InvoiceSalesOrderLinesUseCase {

    /** Empty when this tenant has no such order. */
    Uni<Optional<SalesOrder>> holdForInvoicing(String tenantId, UUID salesOrderId);

    /**
     * Books {@code quantities} of the held order as invoiced; refused (rolling the transaction back) when the order is
     * not confirmed or a quantity is more than is left. Answers the order as booked.
     */
    Uni<SalesOrder> invoice(SalesOrder held, List<LineQuantity> quantities);

    /** Gives back what a voided invoice took (holding the order while it does). */
    Uni<SalesOrder> release(String tenantId, UUID salesOrderId, List<LineQuantity> quantities);
}
