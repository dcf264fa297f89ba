package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code invoice-request-rejected} v1: billing could not invoice what a dispatch asked for (unknown or unconfirmed order, more than ordered, ...). Key: requestId. */
public record InvoiceRequestRejected(
        UUID requestId,
        UUID dispatchId,
        UUID salesOrderId,
        String reason,
        String detail,
        Instant rejectedAt) {
}
