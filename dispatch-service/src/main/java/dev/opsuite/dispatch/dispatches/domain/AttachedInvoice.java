package dev.opsuite.dispatch.dispatches.domain;

import java.time.Instant;
import java.util.UUID;

/** An invoice on a dispatch: which, of which order and customer, and who attached it when. */
public record AttachedInvoice(UUID invoiceId, String invoiceNumber, UUID salesOrderId, UUID customerId, String attachedBy,
        Instant attachedAt) {
}
