package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A dispatch's request for an invoice could not be met; {@code reason} is the problem type the REST API would answer. */
public record InvoiceRequestRejected(String tenantId, UUID requestId, UUID dispatchId, UUID salesOrderId, String reason,
        String detail, Instant rejectedAt) implements DomainEvent {
}
