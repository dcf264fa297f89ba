package dev.opsuite.billing.ledger.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seed 002's ExportBatch: one run of the ledger export, who ran it and when, the invoice versions it held and the IIF
 * file it made. An invoice is exported once per version: first whole, then each later version as an adjustment of
 * what changed since the version exported last (a version never exported in between is in that difference).
 */
public record ExportBatch(Envelope envelope, List<ExportEntry> entries, String file) implements Enveloped {

    public ExportBatch {
        entries = List.copyOf(entries);
    }

    /**
     * The batch of what is new in {@code finalized} since {@code exported} (each invoice's version exported last);
     * empty when nothing is.
     */
    public static ExportBatch of(Envelope envelope, List<InvoiceVersion> finalized, Map<UUID, InvoiceVersion> exported,
            LedgerSettings settings) {
        List<ExportEntry> entries = new ArrayList<>();
        for (InvoiceVersion now : finalized) {
            InvoiceVersion before = exported.get(now.invoiceId());
            if (before == null) {
                entries.add(new ExportEntry(now, EntryKind.ORIGINAL, now.total()));
            } else if (before.version() < now.version()) {
                entries.add(new ExportEntry(now, EntryKind.ADJUSTMENT, now.total().subtract(before.total())));
            }
        }
        return new ExportBatch(envelope, entries, IifFile.of(entries, exported, settings));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** What the batch moves on accounts receivable: the sum of its entries (adjustments by their difference). */
    public BigDecimal total() {
        return entries.stream().map(ExportEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
