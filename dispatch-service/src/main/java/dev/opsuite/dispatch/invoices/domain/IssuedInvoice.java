package dev.opsuite.dispatch.invoices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Dispatch's copy of an invoice billing has issued: enough to pick the invoice a dispatch goes out
 * against, never edited here. Kept current from invoice-issued events; {@code lastEventId} is the
 * event it was last written from.
 */
public record IssuedInvoice(
        String tenantId,
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String salesOrderNumber,
        UUID customerId,
        String customerName,
        BigDecimal totalAmount,
        String currency,
        Instant issuedAt,
        UUID lastEventId) {
}
