package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code invoice-drafted} v1: billing drafted an invoice for some or all of a confirmed sales order's lines. Key: invoiceId. */
public record InvoiceDrafted(
        UUID invoiceId,
        String invoiceNumber,
        UUID salesOrderId,
        String salesOrderNumber,
        UUID customerId,
        String customerName,
        List<InvoiceLine> lines,
        Money total,
        UUID requestId,
        String draftedBy,
        Instant draftedAt) {
}
