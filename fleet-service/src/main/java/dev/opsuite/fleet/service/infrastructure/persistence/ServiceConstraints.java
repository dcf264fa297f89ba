package dev.opsuite.fleet.service.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the constraints of service management and vehicle costs mean to the caller. */
@ApplicationScoped
class ServiceConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if (constraintName == null) {
            return Optional.empty();
        }
        return switch (constraintName) {
            case "service_request_one_in_progress_per_vehicle" -> Optional.of(Rejection.conflict("vehicle-not-available",
                    "vehicleId", "Another service of this vehicle is already in progress."));
            case "vehicle_expense_one_per_service_request" -> Optional.of(Rejection.conflict("expense-already-logged",
                    "serviceRequestId", "The cost of this service request is already logged."));
            default -> Optional.empty();
        };
    }
}
