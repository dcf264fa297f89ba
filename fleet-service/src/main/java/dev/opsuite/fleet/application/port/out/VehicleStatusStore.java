package dev.opsuite.fleet.application.port.out;

import dev.opsuite.fleet.domain.Vehicle;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What transport units and documents need of the vehicle register beside {@link VehicleStore}:
 * several vehicles at once, a shared lock, and writing a status change.
 */
public interface VehicleStatusStore {

    Uni<Map<UUID, Vehicle>> findAll(String tenantId, Collection<UUID> ids);

    /** Holding a shared lock: the vehicle cannot change until a unit formed with it commits. */
    Uni<Vehicle> findForShare(String tenantId, UUID id);

    /** Writes the vehicle's status change now (it was loaded for update) and answers it at its new version. */
    Uni<Vehicle> save(Vehicle vehicle);
}
