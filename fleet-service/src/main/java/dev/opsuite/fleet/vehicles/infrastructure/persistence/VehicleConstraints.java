package dev.opsuite.fleet.vehicles.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the vehicle register's database constraints mean to the caller. */
@ApplicationScoped
class VehicleConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if ("vehicle_registration_number_unique".equals(constraintName)) {
            return Optional.of(Rejection.conflict("registration-number-taken", "registrationNumber",
                    "Another vehicle of this business already has this registration number."));
        }
        return Optional.empty();
    }
}
