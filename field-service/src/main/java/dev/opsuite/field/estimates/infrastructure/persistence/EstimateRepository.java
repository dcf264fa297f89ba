package dev.opsuite.field.estimates.infrastructure.persistence;

import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.EstimateFilter;
import dev.opsuite.field.estimates.application.port.out.EstimateStore;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.field.estimates.domain.EstimateStatus;
import dev.opsuite.field.estimates.domain.Totals;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EstimateRepository implements PanacheRepositoryBase<EstimateEntity, UUID>, EstimateStore {

    private static final String RECORD_TYPE = "estimate";

    private final AuditTrail audit;

    EstimateRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<Estimate>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(EstimateRepository::toDomain));
    }

    @Override
    public Uni<Optional<Estimate>> approvedOfJob(String tenantId, UUID jobId) {
        return find("tenantId = ?1 and jobId = ?2 and status = ?3", tenantId, jobId, EstimateStatus.APPROVED)
                .firstResult().map(e -> Optional.ofNullable(e).map(EstimateRepository::toDomain));
    }

    @Override
    public Uni<Page<Estimate>> page(String tenantId, EstimateFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("status", filter.status()).eq("jobId", filter.jobId())
                .eq("customerId", filter.customerId());
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(EstimateRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Estimate> add(Estimate estimate) {
        EstimateEntity e = new EstimateEntity();
        e.id = estimate.id();
        e.jobId = estimate.jobId();
        e.customerId = estimate.customerId();
        copy(estimate, e);
        return persist(e).call(this::flush)
                .call(() -> audit.record(RECORD_TYPE, estimate.envelope(), Action.CREATED, estimate.customerId(),
                        estimate.jobId()))
                .map(EstimateRepository::toDomain);
    }

    @Override
    public Uni<Estimate> update(Estimate estimate) {
        // Loaded in this session: copying onto it and flushing bumps the version (the new ETag) and meets the
        // unique index of approved estimates at once.
        return findById(estimate.id()).invoke(e -> copy(estimate, e)).call(this::flush)
                .call(e -> audit.record(RECORD_TYPE, Envelopes.of(e.id, e), Action.CHANGED, e.customerId, e.jobId))
                .map(EstimateRepository::toDomain);
    }

    private static void copy(Estimate estimate, EstimateEntity e) {
        Envelopes.stamp(e, estimate.envelope());
        e.currency = estimate.currency();
        e.status = estimate.status();
        e.customerStatus = estimate.customerStatus();
        e.lines = JsonList.of(estimate.lines());
        e.subtotal = estimate.totals().subtotal();
        e.taxRate = estimate.totals().taxRate();
        e.tax = estimate.totals().tax();
        e.total = estimate.totals().total();
        e.decisions = JsonList.of(estimate.decisions());
    }

    private static Estimate toDomain(EstimateEntity e) {
        return new Estimate(Envelopes.of(e.id, e), e.jobId, e.customerId, e.currency, e.lines.lines(),
                new Totals(e.subtotal, e.taxRate, e.tax, e.total), e.status, e.customerStatus, e.decisions.lines());
    }
}
