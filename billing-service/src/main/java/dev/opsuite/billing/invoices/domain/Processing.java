package dev.opsuite.billing.invoices.domain;

/** How an issued invoice was processed: paid by the customer, or posted to the ledger. */
public enum Processing {
    PAID, POSTED
}
