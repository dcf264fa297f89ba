package dev.opsuite.billing.invoices.domain;

/**
 * Drafted, issued (owed; the rest of the suite is told), processed (paid or posted to the ledger), or void (its
 * quantities free to invoice again). Each step is announced.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PROCESSED, VOID
}
