package dev.opsuite.dispatch.dispatches.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What the constraints of dispatches mean to the caller. They hold the rules racing requests could break: a unit in one
 * live booking per moment, a trip ticket and an invoice on one live dispatch.
 */
@ApplicationScoped
class DispatchConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        return Optional.ofNullable(switch (constraintName == null ? "" : constraintName) {
            case "dispatch_unit_double_booked" -> Rejection.conflict("unit-double-booked", "unit",
                    "The transport unit is booked by another dispatch in this window.");
            case "dispatch_trip_ticket_used" -> Rejection.conflict("trip-ticket-used", "tripTicketId",
                    "The trip ticket is used by another dispatch.");
            case "dispatch_invoice_live" -> Rejection.conflict("invoice-on-another-dispatch", "invoiceIds",
                    "An invoice is on another dispatch; detach it there first.");
            case "dispatch_window" -> Rejection.unprocessable("invalid-window", "datetime",
                    "The booked window must end after it starts.");
            default -> null;
        });
    }
}
