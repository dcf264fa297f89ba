package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** An invoice was voided, and why: it is owed no more, and what it took of its order is free to invoice again. */
public record InvoiceVoided(String tenantId, UUID invoiceId, String invoiceNumber, UUID salesOrderId, String reason,
        String voidedBy, Instant voidedAt) implements DomainEvent {
}
