package dev.opsuite.billing.drafts.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A draft became an invoice: numbered, version 1; field shows it on the job and the customer's history. */
public record JobInvoiceFinalized(String tenantId, InvoiceDraft invoice) implements DomainEvent {
}
