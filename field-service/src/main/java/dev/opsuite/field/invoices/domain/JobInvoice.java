package dev.opsuite.field.invoices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The invoice billing finalized from a job, as field shows it on the job and the customer's history: number, version,
 * status, total and when that version came to be. Billing owns it; field keeps the latest version it heard of.
 */
public record JobInvoice(String tenantId, UUID jobId, UUID invoiceId, String invoiceNumber, int version,
        JobInvoiceStatus status, UUID customerId, BigDecimal total, String currency, Instant at) {

    /** Versions may be heard out of order (a redelivery): the higher version stays. */
    public JobInvoice newest(JobInvoice heard) {
        return heard.version() > version ? heard : this;
    }
}
