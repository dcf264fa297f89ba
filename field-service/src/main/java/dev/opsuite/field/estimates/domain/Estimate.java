package dev.opsuite.field.estimates.domain;

import dev.opsuite.field.estimates.domain.ApprovalDecision.Decision;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An estimate of a job's work, built by the estimator from the technician's findings. Submitted, it routes itself:
 * a total (tax included) over the owner's threshold waits for the owner's decision, any other is approved at once.
 * The customer sees it only after that decision.
 */
public record Estimate(Envelope envelope, UUID jobId, UUID customerId, String currency, List<EstimateLine> lines,
        Totals totals, EstimateStatus status, CustomerStatus customerStatus, List<ApprovalDecision> decisions)
        implements Enveloped {

    private static final Set<EstimateStatus> EDITABLE = Set.of(EstimateStatus.DRAFT, EstimateStatus.CHANGES_REQUESTED,
            EstimateStatus.APPROVED);
    private static final Set<EstimateStatus> SUBMITTABLE = Set.of(EstimateStatus.DRAFT,
            EstimateStatus.CHANGES_REQUESTED);

    public Estimate {
        lines = List.copyOf(lines);
        decisions = List.copyOf(decisions);
    }

    public static Result<Estimate> draft(Envelope envelope, UUID jobId, UUID customerId, String currency,
            List<EstimateLine> lines, BigDecimal taxRate) {
        if (lines.isEmpty()) {
            return Result.invalid("estimate-without-lines", "lines", "An estimate needs at least one line.");
        }
        return Result.accepted(new Estimate(envelope, jobId, customerId, currency, lines, Totals.of(lines, taxRate),
                EstimateStatus.DRAFT, CustomerStatus.NOT_SENT, List.of()));
    }

    /**
     * New lines. A draft or an estimate sent back for changes stays where it is; an approved one is checked against
     * the threshold again: over it, it goes back to the owner and the customer no longer sees it.
     */
    public Result<Estimate> revise(List<EstimateLine> newLines, BigDecimal taxRate, BigDecimal threshold, String by,
            Instant at) {
        if (!EDITABLE.contains(status)) {
            return Result.wrongState("estimate-" + kebab(status), "status",
                    "An estimate " + status + " cannot be edited.");
        }
        if (newLines.isEmpty()) {
            return Result.invalid("estimate-without-lines", "lines", "An estimate needs at least one line.");
        }
        Totals newTotals = Totals.of(newLines, taxRate);
        boolean backToOwner = status == EstimateStatus.APPROVED && over(newTotals, threshold);
        return Result.accepted(new Estimate(envelope.touched(by, at), jobId, customerId, currency, newLines, newTotals,
                backToOwner ? EstimateStatus.OWNER_APPROVAL_REQUIRED : status,
                backToOwner ? CustomerStatus.NOT_SENT : customerStatus, decisions));
    }

    /** Routes the estimate: over the threshold to the owner, else approved and presented to the customer. */
    public Result<Estimate> submit(BigDecimal threshold, String by, Instant at) {
        if (!SUBMITTABLE.contains(status)) {
            return Result.wrongState("estimate-" + kebab(status), "status",
                    "An estimate " + status + " cannot be submitted.");
        }
        return Result.accepted(over(totals, threshold)
                ? with(EstimateStatus.OWNER_APPROVAL_REQUIRED, CustomerStatus.NOT_SENT, decisions, by, at)
                : with(EstimateStatus.APPROVED, CustomerStatus.PRESENTED, decisions, by, at));
    }

    /** The owner's decision on an estimate waiting for it; rejecting or sending back needs a comment. */
    public Result<Estimate> decide(Decision decision, String comment, String by, Instant at) {
        if (status != EstimateStatus.OWNER_APPROVAL_REQUIRED) {
            return Result.wrongState("estimate-" + kebab(status), "status",
                    "Only an estimate waiting for the owner is decided; this one is " + status + ".");
        }
        if (decision != Decision.APPROVE && (comment == null || comment.isBlank())) {
            return Result.invalid("comment-required", "comment", "Say why when rejecting or requesting changes.");
        }
        List<ApprovalDecision> all = new ArrayList<>(decisions);
        all.add(new ApprovalDecision(by, at, decision, comment, totals.total()));
        return Result.accepted(switch (decision) {
            case APPROVE -> with(EstimateStatus.APPROVED, CustomerStatus.PRESENTED, all, by, at);
            case REJECT -> with(EstimateStatus.REJECTED, CustomerStatus.DECLINED, all, by, at);
            case REQUEST_CHANGES -> with(EstimateStatus.CHANGES_REQUESTED, CustomerStatus.NOT_SENT, all, by, at);
        });
    }

    /** A newer estimate of the job was approved: this one no longer stands. */
    public Estimate supersede(String by, Instant at) {
        return with(EstimateStatus.SUPERSEDED, CustomerStatus.NOT_SENT, decisions, by, at);
    }

    private static boolean over(Totals totals, BigDecimal threshold) {
        return totals.total().compareTo(threshold) > 0;
    }

    private Estimate with(EstimateStatus newStatus, CustomerStatus shown, List<ApprovalDecision> all, String by,
            Instant at) {
        return new Estimate(envelope.touched(by, at), jobId, customerId, currency, lines, totals, newStatus, shown, all);
    }

    private static String kebab(EstimateStatus status) {
        return status.name().toLowerCase().replace('_', '-');
    }
}
