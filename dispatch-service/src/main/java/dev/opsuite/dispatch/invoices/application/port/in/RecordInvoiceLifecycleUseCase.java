package dev.opsuite.dispatch.invoices.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Follows an invoice of the projection through billing's lifecycle: processed (paid or posted), or voided. Driven by
 * invoice-processed and invoice-voided only, inside the inbox's transaction; an invoice never seen is passed over.
 */
public interface RecordInvoiceLifecycleUseCase {

    Uni<Void> processed(String tenantId, UUID invoiceId, UUID eventId);

    Uni<Void> voided(String tenantId, UUID invoiceId, UUID eventId);
}
