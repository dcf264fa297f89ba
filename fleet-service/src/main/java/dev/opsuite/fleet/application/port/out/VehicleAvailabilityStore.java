package dev.opsuite.fleet.application.port.out;

import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.fleet.domain.VehicleKind;
import dev.opsuite.fleet.domain.VehicleStatus;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** A vehicle's availability: its status written back, and the fleet counted by kind and status. */
public interface VehicleAvailabilityStore {

    record Count(VehicleKind kind, VehicleStatus status, long count) {
    }

    /** Writes the status of a vehicle loaded in this transaction and answers it at its new version. */
    Uni<Vehicle> saveStatus(Vehicle vehicle);

    Uni<List<Count>> countByKindAndStatus(String tenantId);
}
