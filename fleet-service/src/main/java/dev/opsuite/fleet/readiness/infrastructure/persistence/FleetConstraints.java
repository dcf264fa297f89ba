package dev.opsuite.fleet.readiness.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What the constraints of drivers, trailers, documents and transport units mean to the caller.
 * The partial unique indexes keep a driver, vehicle or trailer in at most one active unit also when
 * requests race; the others are the last line behind the domain's own checks.
 */
@ApplicationScoped
class FleetConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        return Optional.ofNullable(switch (constraintName == null ? "" : constraintName) {
            case "transport_unit_driver_active" -> Rejection.conflict("driver-already-in-unit", "driverId",
                    "The driver is already in another active transport unit; disband that one first.");
            case "transport_unit_vehicle_active" -> Rejection.conflict("vehicle-already-in-unit", "vehicleId",
                    "The vehicle is already in another active transport unit; disband that one first.");
            case "transport_unit_trailer_active" -> Rejection.conflict("trailer-already-in-unit", "trailerId",
                    "The trailer is already in another active transport unit; disband that one first.");
            case "transport_unit_vehicle" -> Rejection.unprocessable("vehicle-not-heavy-truck", "vehicleId",
                    "A transport unit takes a heavy truck (LKV) of this business.");
            case "trailer_registration_number_unique" -> Rejection.conflict("registration-number-taken",
                    "registrationNumber", "Another trailer of this business already has this registration number.");
            case "driver_employee_number_unique" -> Rejection.conflict("employee-number-taken", "employeeNumber",
                    "Another driver of this business already has this employee number.");
            case "fleet_document_type_of_subject" -> Rejection.unprocessable("document-type-not-allowed", "type",
                    "This kind of holder carries no document of this type.");
            case "fleet_document_validity" -> Rejection.unprocessable("validity-ends-before-it-starts", "validUntil",
                    "validUntil is before validFrom.");
            default -> null;
        });
    }
}
