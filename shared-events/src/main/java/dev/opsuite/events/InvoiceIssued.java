package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code invoice-issued} v1: billing issued an invoice for a sales order. */
public record InvoiceIssued(
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String salesOrderNumber,
        UUID customerId,
        String customerName,
        Money total,
        Instant issuedAt) {
}
