package dev.opsuite.fleet.accidents.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the constraints of accidents mean to the caller. */
@ApplicationScoped
class AccidentConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        return Optional.ofNullable(switch (constraintName == null ? "" : constraintName) {
            case "accident_claim_number_unique" -> Rejection.conflict("claim-number-taken", "claimNumber",
                    "Another accident of this business already has a claim with this number.");
            case "accident_vehicle" -> Rejection.unprocessable("vehicle-not-found", "vehicleId", "No such vehicle in this business.");
            case "accident_driver" -> Rejection.unprocessable("driver-not-found", "driverId", "No such driver in this business.");
            case "accident_trailer" -> Rejection.unprocessable("trailer-not-found", "trailerId", "No such trailer in this business.");
            default -> null;
        });
    }
}
