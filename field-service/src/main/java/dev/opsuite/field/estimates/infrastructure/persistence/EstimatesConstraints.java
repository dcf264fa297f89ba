package dev.opsuite.field.estimates.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of the price book and estimates mean to the caller. */
@ApplicationScoped
class EstimatesConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if (constraintName == null) {
            return Optional.empty();
        }
        return switch (constraintName) {
            case "price_book_item_sku_unique" -> Optional.of(Rejection.conflict("sku-taken", "sku",
                    "The price book already has an item with this sku."));
            case "estimate_job_approved" -> Optional.of(Rejection.conflict("job-has-approved-estimate", "jobId",
                    "Another estimate of this job was approved at the same time; read it and try again."));
            default -> Optional.empty();
        };
    }
}
