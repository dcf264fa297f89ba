package dev.opsuite.field.testing;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.EstimateFilter;
import dev.opsuite.field.estimates.application.port.out.EstimateStore;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.field.estimates.domain.EstimateStatus;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/** Estimates in memory: a second approved estimate of a job is refused as the unique index refuses it. */
public final class InMemoryEstimates implements EstimateStore {

    private final TenantRecords<Estimate> estimates = new TenantRecords<>(Estimate::id, Estimate::tenantId);

    @Override
    public Uni<Optional<Estimate>> find(String tenantId, UUID id) {
        return estimates.find(tenantId, id);
    }

    @Override
    public Uni<Optional<Estimate>> approvedOfJob(String tenantId, UUID jobId) {
        return Uni.createFrom().item(estimates.of(tenantId)
                .filter(e -> e.jobId().equals(jobId) && e.status() == EstimateStatus.APPROVED).findFirst());
    }

    @Override
    public Uni<Page<Estimate>> page(String tenantId, EstimateFilter filter, PageRequest page) {
        return Uni.createFrom().item(Page.slice(estimates.of(tenantId)
                .filter(e -> filter.status() == null || e.status() == filter.status())
                .filter(e -> filter.jobId() == null || e.jobId().equals(filter.jobId()))
                .filter(e -> filter.customerId() == null || e.customerId().equals(filter.customerId()))
                .sorted(Comparator.comparing(e -> e.envelope().createdAt())).toList(), page));
    }

    @Override
    public Uni<Estimate> add(Estimate estimate) {
        return estimates.saved(estimate);
    }

    @Override
    public Uni<Estimate> update(Estimate estimate) {
        if (estimate.status() == EstimateStatus.APPROVED && estimates.of(estimate.tenantId()).anyMatch(e ->
                e.jobId().equals(estimate.jobId()) && e.status() == EstimateStatus.APPROVED
                        && !e.id().equals(estimate.id()))) {
            return Uni.createFrom().failure(Rejection.conflict("job-has-approved-estimate", "jobId",
                    "Another estimate of this job is approved.").toException());
        }
        return estimates.saved(new Estimate(estimate.envelope().withVersion(estimate.version() + 1), estimate.jobId(),
                estimate.customerId(), estimate.currency(), estimate.lines(), estimate.totals(), estimate.status(),
                estimate.customerStatus(), estimate.decisions()));
    }
}
