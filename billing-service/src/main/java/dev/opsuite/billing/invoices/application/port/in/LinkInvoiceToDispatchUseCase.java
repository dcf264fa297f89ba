package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.DispatchLink;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Follows dispatch's attachments so that an invoice shows its dispatch: dispatch-invoice-attached and -detached (a
 * cancelled or deleted dispatch detaches its invoices too). Runs inside the consumer's transaction.
 */
public interface LinkInvoiceToDispatchUseCase {

    /** Not found when the tenant has no such invoice. */
    Uni<Void> attach(String tenantId, UUID invoiceId, DispatchLink dispatch);

    Uni<Void> detach(String tenantId, UUID invoiceId, UUID dispatchId);
}
