package dev.opsuite.field.estimates.application.port.in;

import dev.opsuite.field.estimates.domain.ApprovalDecision.Decision;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.field.estimates.domain.EstimateLine.Kind;
import dev.opsuite.field.estimates.domain.EstimateStatus;
import dev.opsuite.field.estimates.domain.RateClass;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Estimates of jobs: built and revised by the estimator, routed by the owner's threshold, decided by the owner. */
public interface EstimatesUseCase {

    /** What the estimator asks for on one line: LABOR {quantity = hours, rateClass} or PART {sku, quantity}. */
    record LineOrder(Kind kind, BigDecimal quantity, RateClass rateClass, String sku) {
    }

    record CreateEstimateCommand(Actor actor, UUID jobId, List<LineOrder> lines) {
    }

    record ReviseEstimateCommand(Actor actor, UUID estimateId, Long expectedVersion, List<LineOrder> lines) {
    }

    record DecideCommand(Actor actor, UUID estimateId, Long expectedVersion, Decision decision, String comment) {
    }

    record EstimateFilter(EstimateStatus status, UUID jobId, UUID customerId) {
    }

    Uni<Estimate> create(CreateEstimateCommand command);

    Uni<Estimate> revise(ReviseEstimateCommand command);

    Uni<Estimate> submit(Actor actor, UUID estimateId, Long expectedVersion);

    Uni<Estimate> decide(DecideCommand command);

    Uni<Estimate> estimate(String tenantId, UUID estimateId);

    Uni<Page<Estimate>> estimates(String tenantId, EstimateFilter filter, PageRequest page);
}
