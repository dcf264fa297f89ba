package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code invoice-requested} v1: from a dispatch, a dispatcher asks billing to draft and issue an invoice for these sales order lines; billing answers with invoice-issued carrying requestId, or invoice-request-rejected. Key: requestId. */
public record InvoiceRequested(
        UUID requestId,
        UUID dispatchId,
        String dispatchNumber,
        UUID salesOrderId,
        List<RequestedInvoiceLine> lines,
        String requestedBy,
        Instant requestedAt) {
}
