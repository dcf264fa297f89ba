package dev.opsuite.billing.ledger.domain;

/** What an invoice line earns, as the ledger books it: each kind has its income account and item. */
public enum IncomeKind {
    LABOR, PART
}
