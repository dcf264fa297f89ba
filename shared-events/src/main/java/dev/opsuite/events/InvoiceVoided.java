package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code invoice-voided} v1: an invoice was voided; its quantities are free to invoice again and it can no longer be attached. Key: invoiceId. */
public record InvoiceVoided(
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String reason,
        String voidedBy,
        Instant voidedAt) {
}
