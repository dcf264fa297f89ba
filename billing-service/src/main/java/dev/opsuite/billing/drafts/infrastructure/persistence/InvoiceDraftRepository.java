package dev.opsuite.billing.drafts.infrastructure.persistence;

import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery.DraftFilter;
import dev.opsuite.billing.drafts.application.port.out.InvoiceDraftStore;
import dev.opsuite.billing.drafts.domain.CompletedJob;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.billing.drafts.domain.Totals;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InvoiceDraftRepository implements PanacheRepositoryBase<InvoiceDraftEntity, UUID>, InvoiceDraftStore {

    @Override
    public Uni<Optional<InvoiceDraft>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(InvoiceDraftRepository::toDomain));
    }

    @Override
    public Uni<Optional<InvoiceDraft>> findForUpdate(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(e -> Optional.ofNullable(e).map(InvoiceDraftRepository::toDomain));
    }

    @Override
    public Uni<Optional<InvoiceDraft>> findByJob(String tenantId, UUID jobId) {
        return find("tenantId = ?1 and jobId = ?2", tenantId, jobId).firstResult()
                .map(e -> Optional.ofNullable(e).map(InvoiceDraftRepository::toDomain));
    }

    @Override
    public Uni<Page<InvoiceDraft>> list(String tenantId, DraftFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("status", filter.status()).eq("jobId", filter.jobId())
                .eq("customerId", filter.customerId()).eq("needsPricing", filter.needsPricing());
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(InvoiceDraftRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<List<InvoiceDraft>> finalized(String tenantId) {
        return list("tenantId = ?1 and status = ?2 order by finalizedAt, id", tenantId, DraftStatus.FINALIZED)
                .map(rows -> rows.stream().map(InvoiceDraftRepository::toDomain).toList());
    }

    @Override
    public Uni<Void> add(InvoiceDraft draft) {
        InvoiceDraftEntity e = new InvoiceDraftEntity();
        e.id = draft.id();
        CompletedJob job = draft.job();
        e.jobId = job.jobId();
        e.serviceCallId = job.serviceCallId();
        e.customerId = job.customerId();
        e.technicianId = job.technicianId();
        e.estimateId = job.estimateId();
        e.completedBy = job.completedBy();
        e.completedAt = job.completedAt();
        e.currency = draft.currency();
        copy(draft, e);
        return persist(e).replaceWithVoid();
    }

    @Override
    public Uni<InvoiceDraft> save(InvoiceDraft draft) {
        // Loaded into this session by find; copying onto it and flushing writes the change and bumps the version.
        return findById(draft.id()).invoke(e -> copy(draft, e)).call(e -> flush())
                .map(InvoiceDraftRepository::toDomain);
    }

    private static void copy(InvoiceDraft draft, InvoiceDraftEntity e) {
        Envelopes.stamp(e, draft.envelope());
        e.lines = JsonList.of(draft.lines());
        e.taxRate = draft.taxRate();
        Totals totals = draft.totals();
        e.subtotal = totals.subtotal();
        e.tax = totals.tax();
        e.total = totals.total();
        e.needsPricing = draft.needsPricing();
        e.status = draft.status();
        e.preparedBy = draft.preparedBy();
        e.preparedAt = draft.preparedAt();
        e.invoiceNumber = draft.invoiceNumber();
        e.invoiceVersion = draft.invoiceVersion();
        e.finalizedBy = draft.finalizedBy();
        e.finalizedAt = draft.finalizedAt();
        e.edits = JsonList.of(draft.edits());
    }

    static InvoiceDraft toDomain(InvoiceDraftEntity e) {
        return new InvoiceDraft(Envelopes.of(e.id, e),
                new CompletedJob(e.jobId, e.serviceCallId, e.customerId, e.technicianId, e.completedBy, e.completedAt,
                        e.estimateId),
                e.currency, e.lines.lines(), e.taxRate, e.status, e.preparedBy, e.preparedAt, e.invoiceNumber,
                e.invoiceVersion, e.finalizedBy, e.finalizedAt, e.edits.lines());
    }
}
