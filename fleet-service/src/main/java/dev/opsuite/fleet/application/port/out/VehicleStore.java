package dev.opsuite.fleet.application.port.out;

import dev.opsuite.fleet.application.port.in.FindVehiclesQuery.VehicleFilter;
import dev.opsuite.fleet.domain.OdometerReading;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Where vehicles are kept. Every method is scoped to one tenant. */
public interface VehicleStore {

    /** Null when the vehicle does not exist in this tenant. */
    Uni<Vehicle> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends (readings of one vehicle queue). */
    Uni<Vehicle> findForUpdate(String tenantId, UUID id);

    Uni<Page<Vehicle>> list(String tenantId, VehicleFilter filter, PageRequest page);

    /** Inserts now, so that a registration number already taken fails inside the use case. */
    Uni<Vehicle> add(Vehicle vehicle);

    /** Writes the vehicle's change and the reading now and answers the vehicle at its new version. */
    Uni<Vehicle> saveWithReading(Vehicle vehicle, OdometerReading reading);
}
