package dev.opsuite.dispatch.invoices.application.port.in;

import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import io.smallrye.mutiny.Uni;

/**
 * Writes an issued invoice into dispatch's invoice projection: one copy per tenant and invoice, so an invoice
 * announced again (under a new event id) replaces its copy rather than adding one. Driven by the invoice-issued
 * event only, inside the inbox's transaction; the projection's copy is the command (the shapes are the same).
 */
public interface RecordIssuedInvoiceUseCase {

    Uni<Void> record(IssuedInvoice invoice);
}
