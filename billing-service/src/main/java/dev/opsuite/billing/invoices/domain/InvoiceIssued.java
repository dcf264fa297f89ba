package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A draft invoice was issued: from now on it is owed, and the rest of the suite is told. {@code requestId} names the
 * dispatch's request it answers, if any.
 */
public record InvoiceIssued(String tenantId, UUID invoiceId, String invoiceNumber, InvoicedOrder order, BigDecimal total,
        Instant issuedAt, UUID requestId) implements DomainEvent {
}
