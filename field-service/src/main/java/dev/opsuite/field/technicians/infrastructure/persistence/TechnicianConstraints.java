package dev.opsuite.field.technicians.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of technicians mean to the caller. */
@ApplicationScoped
class TechnicianConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if (constraintName == null) {
            return Optional.empty();
        }
        return switch (constraintName) {
            case "technician_user_unique" -> Optional.of(Rejection.conflict("technician-user-taken", "userId",
                    "Another technician already signs in with this user id."));
            case "technician_vehicle_unique" -> Optional.of(Rejection.conflict("truck-taken", "truck.vehicleId",
                    "Another technician already drives this truck."));
            default -> Optional.empty();
        };
    }
}
