package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** An issued invoice was paid or posted: its dispatch can no longer let it go. */
public record InvoiceProcessed(String tenantId, UUID invoiceId, String invoiceNumber, UUID salesOrderId,
        Processing processing, String processedBy, Instant processedAt) implements DomainEvent {
}
