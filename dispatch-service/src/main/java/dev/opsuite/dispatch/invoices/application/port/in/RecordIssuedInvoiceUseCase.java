package dev.opsuite.dispatch.invoices.application.port.in;

import dev.opsuite.events.InvoiceIssued;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Writes an issued invoice into dispatch's invoice projection (insert or replace, keyed by tenant
 * and invoice id). Driven by the invoice-issued event only; runs inside the inbox's transaction.
 */
public interface RecordIssuedInvoiceUseCase {

    Uni<Void> record(String tenantId, UUID eventId, InvoiceIssued event);
}
