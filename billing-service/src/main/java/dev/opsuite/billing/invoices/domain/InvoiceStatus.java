package dev.opsuite.billing.invoices.domain;

/** An invoice is drafted, then issued; issuing is what tells the rest of the suite. */
public enum InvoiceStatus {
    DRAFT, ISSUED
}
