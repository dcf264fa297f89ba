package dev.opsuite.field.parts.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of part reservations mean to the caller (backstops of the domain's own checks). */
@ApplicationScoped
class PartsConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if ("part_reservation_used_within".equals(constraintName)) {
            return Optional.of(Rejection.conflict("more-than-reserved", "quantity",
                    "More parts than the reservation holds cannot be used."));
        }
        return Optional.empty();
    }
}
