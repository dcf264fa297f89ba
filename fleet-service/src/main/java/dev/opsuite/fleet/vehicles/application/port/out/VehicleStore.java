package dev.opsuite.fleet.vehicles.application.port.out;

import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.Count;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.VehicleFilter;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where vehicles and their odometer readings are kept: the one port of the vehicle aggregate. Every method is scoped to one tenant. */
public interface VehicleStore {

    Uni<Optional<Vehicle>> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends (readings and status changes of one vehicle queue). */
    Uni<Optional<Vehicle>> findForUpdate(String tenantId, UUID id);

    /** Holding a shared lock: the vehicle cannot change until a unit formed with it commits. */
    Uni<Optional<Vehicle>> findForShare(String tenantId, UUID id);

    /** Read-only: nothing of them is written back. */
    Uni<Map<UUID, Vehicle>> findAll(String tenantId, Collection<UUID> ids);

    Uni<Page<Vehicle>> list(String tenantId, VehicleFilter filter, PageRequest page);

    /** Inserts now, so that a registration number already taken fails inside the use case. */
    Uni<Vehicle> add(Vehicle vehicle);

    /** Writes the change of a vehicle loaded for update in this transaction, and answers it at its new version. */
    Uni<Vehicle> save(Vehicle vehicle);

    /** As {@link #save}, with the reading that changed its odometer. */
    Uni<Vehicle> saveWithReading(Vehicle vehicle, OdometerReading reading);

    Uni<List<Count>> countByKindAndStatus(String tenantId);

    Uni<Map<UUID, OdometerReading.Window>> readingWindows(String tenantId, Collection<UUID> vehicleIds, Instant since,
            Instant until);
}
