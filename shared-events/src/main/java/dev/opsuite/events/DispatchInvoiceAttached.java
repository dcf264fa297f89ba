package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code dispatch-invoice-attached} v1: an issued invoice was attached to a dispatch; an invoice is on at most one live dispatch. Key: dispatchId. */
public record DispatchInvoiceAttached(
        UUID dispatchId,
        String dispatchNumber,
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String attachedBy,
        Instant attachedAt) {
}
