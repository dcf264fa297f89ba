package dev.opsuite.console.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A QuickBooks export batch (billing's ExportResponse): the invoice versions it carried. */
public record ExportBatch(UUID id, String exportedBy, Instant exportedAt, long invoices, long adjustments,
        BigDecimal total, List<Entry> entries) {

    public record Entry(UUID invoiceId, String invoiceNumber, int invoiceVersion, String kind, BigDecimal amount,
            String currency) {
    }

    public ExportBatch {
        entries = entries == null ? List.of() : entries;
    }
}
