package dev.opsuite.billing.drafts.application.port.in;

import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Invoice drafts and the invoices finalized from them; also how the ledger export reads finalized invoices. */
public interface FindInvoiceDraftsQuery {

    /** Another tenant's draft, or none: not found. */
    Uni<InvoiceDraft> draft(String tenantId, UUID id);

    /** Every filter is optional (null). */
    Uni<Page<InvoiceDraft>> drafts(String tenantId, DraftFilter filter, PageRequest page);

    /** The tenant's finalized invoices, each at its current version, oldest finalized first. */
    Uni<List<InvoiceDraft>> finalized(String tenantId);

    record DraftFilter(DraftStatus status, UUID jobId, UUID customerId, Boolean needsPricing) {
    }
}
