package dev.opsuite.fleet.vehicles.application.port.in;

import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.kernel.application.TenantLookup;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads vehicles of the caller's tenant: for the register's own endpoints ({@link #vehicle} answers 404), and for
 * the other capabilities of the fleet, which name vehicles (an empty answer is theirs to judge).
 */
public interface FindVehiclesQuery extends TenantLookup<Vehicle> {

    /** Optional filters of the vehicle list; a null filter matches everything. */
    record VehicleFilter(VehicleKind kind, VehicleStatus status) {
    }

    /** How many vehicles of one kind are in one status. */
    record Count(VehicleKind kind, VehicleStatus status, long count) {
    }

    /** The vehicle, or 404 {@code vehicle-not-found}. */
    Uni<Vehicle> vehicle(String tenantId, UUID id);

    Uni<Page<Vehicle>> vehicles(String tenantId, VehicleFilter filter, PageRequest page);

    Uni<List<Count>> countByKindAndStatus(String tenantId);

    /** Per vehicle, its first and last odometer reading taken from {@code since} to {@code until}. */
    Uni<Map<UUID, OdometerReading.Window>> readingWindows(String tenantId, Collection<UUID> vehicleIds, Instant since,
            Instant until);
}
