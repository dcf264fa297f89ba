package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Drafts an invoice (INV-year-sequence) for some or all of what is left to invoice of a confirmed sales order of the
 * same tenant; several invoices may share an order, never taking more of a line than was ordered.
 */
public interface CreateInvoiceUseCase {

    /** Who drafts the invoice, for which of the tenant's sales orders, and which quantities of its lines (none: all that is left). */
    record CreateInvoiceCommand(Actor actor, UUID salesOrderId, List<LineQuantity> lines) {

        public CreateInvoiceCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(salesOrderId, "salesOrderId");
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        /** The whole of what is left to invoice of the order. */
        public CreateInvoiceCommand(Actor actor, UUID salesOrderId) {
            this(actor, salesOrderId, List.of());
        }
    }

    Uni<Invoice> create(CreateInvoiceCommand command);
}
