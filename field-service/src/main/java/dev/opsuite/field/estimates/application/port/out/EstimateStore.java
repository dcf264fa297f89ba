package dev.opsuite.field.estimates.application.port.out;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.EstimateFilter;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Estimates, each change audited; at most one APPROVED per job (unique index estimate_job_approved). */
public interface EstimateStore {

    Uni<Optional<Estimate>> find(String tenantId, UUID id);

    /** The job's approved estimate, if it has one. */
    Uni<Optional<Estimate>> approvedOfJob(String tenantId, UUID jobId);

    Uni<Page<Estimate>> page(String tenantId, EstimateFilter filter, PageRequest page);

    Uni<Estimate> add(Estimate estimate);

    /** Writes the estimate at once (flushed), so a second approval of its job meets the unique index here. */
    Uni<Estimate> update(Estimate estimate);
}
