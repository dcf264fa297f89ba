package dev.opsuite.billing.testing;

import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery;
import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery.DraftFilter;
import dev.opsuite.billing.drafts.application.port.out.InvoiceDraftStore;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoice drafts in memory; a save bumps the version, as the optimistic lock does. Also the drafts capability as the
 * ledger sees it (the finalized invoices).
 */
public final class InMemoryInvoiceDrafts extends InMemoryStore<InvoiceDraft> implements InvoiceDraftStore,
        FindInvoiceDraftsQuery {

    public InMemoryInvoiceDrafts() {
        super(InvoiceDraft::id, InvoiceDraft::tenantId);
    }

    @Override
    public Uni<Optional<InvoiceDraft>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Optional<InvoiceDraft>> findByJob(String tenantId, UUID jobId) {
        return Uni.createFrom().item(records.of(tenantId).filter(d -> d.job().jobId().equals(jobId)).findFirst());
    }

    @Override
    public Uni<Page<InvoiceDraft>> list(String tenantId, DraftFilter f, PageRequest page) {
        return records.page(tenantId, d -> (f.status() == null || d.status() == f.status())
                && (f.jobId() == null || d.job().jobId().equals(f.jobId()))
                && (f.customerId() == null || d.job().customerId().equals(f.customerId()))
                && (f.needsPricing() == null || d.needsPricing() == f.needsPricing()), page);
    }

    @Override
    public Uni<List<InvoiceDraft>> finalized(String tenantId) {
        return Uni.createFrom().item(records.of(tenantId).filter(d -> d.status() == DraftStatus.FINALIZED)
                .sorted(Comparator.comparing(InvoiceDraft::finalizedAt)).toList());
    }

    @Override
    public Uni<Void> add(InvoiceDraft draft) {
        return records.added(draft);
    }

    @Override
    public Uni<InvoiceDraft> save(InvoiceDraft d) {
        Envelope e = d.envelope();
        return records.saved(new InvoiceDraft(e.withVersion(e.version() + 1), d.job(), d.currency(), d.lines(),
                d.taxRate(), d.status(), d.preparedBy(), d.preparedAt(), d.invoiceNumber(), d.invoiceVersion(),
                d.finalizedBy(), d.finalizedAt(), d.edits()));
    }

    @Override
    public Uni<InvoiceDraft> draft(String tenantId, UUID id) {
        return find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("invoice-draft", id)));
    }

    @Override
    public Uni<Page<InvoiceDraft>> drafts(String tenantId, DraftFilter filter, PageRequest page) {
        return list(tenantId, filter, page);
    }
}
