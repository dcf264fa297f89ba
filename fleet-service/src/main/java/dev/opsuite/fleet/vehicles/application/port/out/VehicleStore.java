package dev.opsuite.fleet.vehicles.application.port.out;

import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.Count;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.VehicleFilter;
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
import java.util.UUID;

/** Where vehicles and their odometer readings are kept: the one port of the vehicle aggregate. Every method is scoped to one tenant. */
public interface VehicleStore extends TenantLookup<Vehicle> {

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
