package dev.opsuite.field.invoices.domain;

/** What billing last said of a job's invoice: finalized (version 1), or revised afterwards (version 2, 3, ...). */
public enum JobInvoiceStatus {
    FINALIZED, REVISED
}
