package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code invoice-issued} v1: billing issued an invoice for a sales order. {@code requestId} (optional, added within v1)
 * names the dispatch's {@code invoice-requested} it answers.
 */
public record InvoiceIssued(
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String salesOrderNumber,
        UUID customerId,
        String customerName,
        Money total,
        Instant issuedAt,
        UUID requestId) {
}
