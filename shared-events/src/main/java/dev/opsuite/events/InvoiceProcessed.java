package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code invoice-processed} v1: an issued invoice was paid or posted to the ledger; it can no longer be detached from its dispatch nor its dispatch deleted. Key: invoiceId. */
public record InvoiceProcessed(
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String processing,
        String processedBy,
        Instant processedAt) {
}
