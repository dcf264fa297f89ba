package dev.opsuite.fleet.ledger.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the constraints of the driver ledger and order costs mean to the caller. */
@ApplicationScoped
class LedgerConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        return Optional.ofNullable(switch (constraintName == null ? "" : constraintName) {
            case "driver_transaction_once_per_source" -> Rejection.conflict("already-booked", "sourceId",
                    "This source has already booked this kind of entry in the driver's ledger.");
            case "order_cost_once_per_source" -> Rejection.conflict("already-charged", "sourceId",
                    "This source has already charged its cost to the order.");
            case "driver_transaction_driver", "order_cost_driver" -> Rejection.unprocessable("driver-not-found", "driverId",
                    "No such driver in this business.");
            case "order_cost_vehicle" -> Rejection.unprocessable("vehicle-not-found", "vehicleId",
                    "No such vehicle in this business.");
            default -> null;
        });
    }
}
