package dev.opsuite.billing.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finalized invoice at one version, as the ledger takes it: {@code bookedAt} is when that version came to be
 * (finalized, or revised); {@code customer} the name QuickBooks knows the customer by.
 */
public record InvoiceVersion(UUID invoiceId, String invoiceNumber, int version, String customer, UUID jobId,
        Instant bookedAt, String currency, List<LedgerLine> lines, BigDecimal tax, BigDecimal total) {

    public InvoiceVersion {
        lines = List.copyOf(lines);
    }
}
