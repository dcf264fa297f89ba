package dev.opsuite.billing.drafts.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of invoice drafts mean to the caller, when a race gets past the row lock. */
@ApplicationScoped
class InvoiceDraftConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if (constraintName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (constraintName) {
            case "invoice_draft_one_per_job" -> Rejection.conflict("job-already-drafted", "jobId",
                    "The job has its invoice draft already.");
            case "invoice_draft_finalized_by_another" -> Rejection.conflict("preparer-cannot-finalize", "preparedBy",
                    "Whoever prepared a draft does not finalize it (segregation of duties).");
            case "invoice_draft_finalized_priced" -> Rejection.conflict("draft-needs-pricing", "lines",
                    "A line still needs a price.");
            default -> null;
        });
    }
}
