package dev.opsuite.billing.ledger.domain;

import java.math.BigDecimal;

/** A line of an invoice version as the ledger books it (amount half-up to cents, as the invoice has it). */
public record LedgerLine(IncomeKind kind, String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal amount, boolean taxable) {
}
