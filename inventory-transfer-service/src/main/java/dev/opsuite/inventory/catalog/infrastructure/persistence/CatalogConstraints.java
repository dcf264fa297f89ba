package dev.opsuite.inventory.catalog.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the location and product tables' constraints mean to the caller. */
@ApplicationScoped
class CatalogConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if (constraintName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (constraintName) {
            case "location_code_unique" -> Rejection.conflict("location-code-taken", "code",
                    "Another location of this business already has this code.");
            case "location_vehicle_unique" -> Rejection.conflict("vehicle-already-a-location", "vehicleId",
                    "Another truck location of this business already names this vehicle.");
            case "product_sku_unique" -> Rejection.conflict("sku-taken", "sku",
                    "Another product of this business already has this SKU.");
            // The domain checks this first (Location.open); the constraint is the last line of defence.
            case "location_truck_has_vehicle" -> Rejection.unprocessable("truck-vehicle-mismatch", "vehicleId",
                    "A truck location names the fleet vehicle it is; other locations name none.");
            default -> null;
        });
    }
}
