package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-invoice-revised} v1: a finalized job invoice was corrected afterwards, with a reason; {@code version}
 * is its new version (2, 3, ...) and the amounts are the corrected ones. Key: invoiceId.
 */
public record JobInvoiceRevised(
        UUID invoiceId,
        String invoiceNumber,
        int version,
        UUID jobId,
        UUID serviceCallId,
        UUID customerId,
        String currency,
        BigDecimal subtotal,
        BigDecimal tax,
        BigDecimal total,
        String finalizedBy,
        Instant finalizedAt,
        String reason,
        String revisedBy,
        Instant revisedAt) {
}
