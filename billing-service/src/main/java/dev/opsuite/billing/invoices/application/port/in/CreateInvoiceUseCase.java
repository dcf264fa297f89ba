package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/** Drafts an invoice for the whole of a sales order of the same tenant (INV-year-sequence). */
public interface CreateInvoiceUseCase {

    /** Who drafts the invoice, and for which of the tenant's sales orders. */
    record CreateInvoiceCommand(Actor actor, UUID salesOrderId) {

        public CreateInvoiceCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(salesOrderId, "salesOrderId");
        }
    }

    Uni<Invoice> create(CreateInvoiceCommand command);
}
