package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/**
 * Voids an invoice (from Draft, Issued or Processed) with a reason; what it took of its order is free to invoice again.
 * Emits invoice-voided in the same transaction.
 */
public interface VoidInvoiceUseCase {

    /** {@code expectedVersion} is the version the caller saw (If-Match), or null. */
    record VoidInvoiceCommand(Actor actor, UUID invoiceId, String reason, Long expectedVersion) {

        public VoidInvoiceCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(invoiceId, "invoiceId");
        }
    }

    Uni<Invoice> voidInvoice(VoidInvoiceCommand command);
}
