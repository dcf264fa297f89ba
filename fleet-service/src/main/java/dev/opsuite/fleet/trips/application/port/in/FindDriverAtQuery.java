package dev.opsuite.fleet.trips.application.port.in;

import dev.opsuite.fleet.kernel.DrivingSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;

/** Who was driving a vehicle at an instant, from the driving record (seed 004: "Admin checks: Who was driving?"). */
public interface FindDriverAtQuery {

    /** The answer: the driver, the trailer, where it is recorded, the order and the period it falls in. */
    record DriverAt(UUID vehicleId, String registrationNumber, Instant at, UUID driverId, String driverNumber,
            String driverName, UUID trailerId, String trailerRegistrationNumber, DrivingSource source, UUID sourceId,
            String sourceNumber, String orderReference, Instant from, Instant to) {
    }

    /** 404 {@code vehicle-not-found} for a vehicle the tenant does not have, {@code no-driver-found} when nobody drove it then. */
    Uni<DriverAt> driverAt(String tenantId, UUID vehicleId, Instant at);

    /** The driving period that answers for {@code at} ({@code WhoWasDrivingPolicy} among overlaps); empty when nobody drove the vehicle then. */
    Uni<Optional<DrivingPeriod>> periodAt(String tenantId, UUID vehicleId, Instant at);
}
