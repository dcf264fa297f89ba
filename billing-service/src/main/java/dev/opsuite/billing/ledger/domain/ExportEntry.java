package dev.opsuite.billing.ledger.domain;

import java.math.BigDecimal;

/**
 * One invoice version in an export: the whole invoice (ORIGINAL) or what changed since the version exported last
 * (ADJUSTMENT; {@code amount} is then the difference, negative for a credit). {@code exported} is the version as it
 * was, so that the next adjustment is the difference from it.
 */
public record ExportEntry(InvoiceVersion exported, EntryKind kind, BigDecimal amount) {
}
