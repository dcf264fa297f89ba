package dev.opsuite.field.board.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of the board mean to the caller. */
@ApplicationScoped
class BoardConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if (constraintName == null) {
            return Optional.empty();
        }
        return switch (constraintName) {
            case "appointment_technician_double_booked" -> Optional.of(Rejection.conflict("technician-double-booked",
                    "technicianId", "The technician has another appointment in that time."));
            case "appointment_job_live" -> Optional.of(Rejection.conflict("job-already-scheduled", "jobId",
                    "The job already has a live appointment; reschedule that one."));
            default -> Optional.empty();
        };
    }
}
