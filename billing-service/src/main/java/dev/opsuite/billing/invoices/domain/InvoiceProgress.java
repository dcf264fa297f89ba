package dev.opsuite.billing.invoices.domain;

import java.time.Instant;

/** Who moved an invoice along its lifecycle and when; null until the step happens. */
public record InvoiceProgress(String issuedBy, Instant issuedAt, Processing processing, String processedBy,
        Instant processedAt, String voidedBy, Instant voidedAt, String voidReason) {

    public static final InvoiceProgress DRAFTED = new InvoiceProgress(null, null, null, null, null, null, null, null);

    InvoiceProgress issued(String by, Instant at) {
        return new InvoiceProgress(by, at, processing, processedBy, processedAt, voidedBy, voidedAt, voidReason);
    }

    InvoiceProgress processed(Processing how, String by, Instant at) {
        return new InvoiceProgress(issuedBy, issuedAt, how, by, at, voidedBy, voidedAt, voidReason);
    }

    InvoiceProgress voided(String by, Instant at, String reason) {
        return new InvoiceProgress(issuedBy, issuedAt, processing, processedBy, processedAt, by, at, reason);
    }
}
