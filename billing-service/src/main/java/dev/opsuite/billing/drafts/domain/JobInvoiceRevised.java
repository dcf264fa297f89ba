package dev.opsuite.billing.drafts.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A finalized invoice was corrected: {@code invoice} is at its new version; {@code edit} says who, when and why. */
public record JobInvoiceRevised(String tenantId, InvoiceDraft invoice, DraftEdit edit) implements DomainEvent {
}
