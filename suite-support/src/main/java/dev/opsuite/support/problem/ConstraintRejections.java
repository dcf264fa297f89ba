package dev.opsuite.support.problem;

import dev.opsuite.support.application.Rejection;
import java.util.Optional;

/**
 * What a service's database constraints mean to the caller. A constraint guards a rule that a
 * concurrent request could otherwise break (a unit booked twice, an invoice on two dispatches);
 * when it fires, the caller gets the rule's rejection instead of a bare conflict.
 */
public interface ConstraintRejections {

    Optional<Rejection> forConstraint(String constraintName);
}
