package dev.opsuite.fleet.trips.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What the constraints of trip tickets and the driving record mean to the caller. The exclusion
 * constraints keep a vehicle, driver and trailer on one non-cancelled ticket at a time also when
 * requests race; the checks are the last line behind the domain's own.
 */
@ApplicationScoped
class TripConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        return Optional.ofNullable(switch (constraintName == null ? "" : constraintName) {
            case "trip_ticket_vehicle_in_use" -> Rejection.conflict("vehicle-on-another-trip", "vehicleId",
                    "The vehicle is on another trip ticket in this window.");
            case "trip_ticket_driver_in_use" -> Rejection.conflict("driver-on-another-trip", "driverId",
                    "The driver is on another trip ticket in this window.");
            case "trip_ticket_trailer_in_use" -> Rejection.conflict("trailer-on-another-trip", "trailerId",
                    "The trailer is on another trip ticket in this window.");
            case "trip_ticket_trailer_needs_lkv" -> Rejection.unprocessable("trailer-needs-heavy-truck", "trailerId",
                    "A trailer rides behind a heavy truck (LKV).");
            case "trip_ticket_order_needs_lkv" -> Rejection.unprocessable("order-needs-heavy-truck", "orderReference",
                    "Light vehicles (PKV) are not assigned to orders.");
            case "trip_ticket_planned_window" -> Rejection.unprocessable("invalid-planned-window", "plannedTo",
                    "plannedTo must be after plannedFrom.");
            case "trip_ticket_odometer_in" -> Rejection.unprocessable("odometer-in-below-out", "odometerIn",
                    "The odometer in cannot be below the odometer out.");
            case "trip_ticket_actual_window" -> Rejection.unprocessable("returned-before-departure", "returnedAt",
                    "returnedAt must be after the departure.");
            case "fine_reference_unique" -> Rejection.conflict("fine-already-recorded", "reference",
                    "A fine letter with this reference is already recorded in this business.");
            default -> null;
        });
    }
}
