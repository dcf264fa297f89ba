package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of customers and service calls mean to the caller. */
@ApplicationScoped
class IntakeConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if (constraintName == null) {
            return Optional.empty();
        }
        return switch (constraintName) {
            case "service_call_customer" -> Optional.of(Rejection.unprocessable("customer-not-found", "customerId",
                    "No such customer in this business."));
            case "service_call_callback_of" -> Optional.of(Rejection.unprocessable("earlier-call-not-found", "callbackOf",
                    "No such earlier service call in this business."));
            case "service_call_location" -> Optional.of(Rejection.unprocessable("location-not-found", "locationId",
                    "No such service location of this customer in this business."));
            default -> Optional.empty();
        };
    }
}
