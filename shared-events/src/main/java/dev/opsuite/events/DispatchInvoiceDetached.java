package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code dispatch-invoice-detached} v1: an invoice was taken off a dispatch (removed, or the dispatch was cancelled or deleted). Key: dispatchId. */
public record DispatchInvoiceDetached(
        UUID dispatchId,
        String dispatchNumber,
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String detachedBy,
        Instant detachedAt) {
}
