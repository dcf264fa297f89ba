package dev.opsuite.billing.invoices.application.port.out;

import io.smallrye.mutiny.Uni;

/**
 * Gives a new invoice its number, {@code INV-<year>-<sequence>}: gap-free per tenant and year, taken inside the
 * transaction that drafts the invoice, so an invoice refused afterwards gives its number back.
 */
public interface InvoiceNumbers {

    Uni<String> next(String tenantId, int year);
}
