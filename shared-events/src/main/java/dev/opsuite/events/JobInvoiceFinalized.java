package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code job-invoice-finalized} v1: finance finalized the invoice drafted from a completed field job (seed 002): it
 * has its number and is version 1; the amounts are in {@code currency}, half-up to cents. Key: invoiceId.
 */
public record JobInvoiceFinalized(
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
        Instant finalizedAt) {
}
