package dev.opsuite.dispatch.invoices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Dispatch's copy of an invoice billing has issued: enough to pick the invoice a dispatch goes out
 * against, never edited here. Kept current from invoice-issued events, one per invoice and tenant: an
 * invoice announced again replaces its copy. {@code lastEventId} is the event it was last written from. The status
 * follows invoice-processed and invoice-voided; {@code requestId} names the dispatch's request it answered, if any.
 */
public record IssuedInvoice(
        String tenantId,
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String salesOrderNumber,
        UUID customerId,
        String customerName,
        Total total,
        Instant issuedAt,
        UUID lastEventId,
        InvoiceStatus status,
        UUID requestId) {

    /** What the invoice comes to, in its ISO 4217 currency. */
    public record Total(BigDecimal amount, String currency) {
    }
}
