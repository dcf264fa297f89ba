package dev.opsuite.fleet.application.port.in;

import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.fleet.domain.VehicleKind;
import dev.opsuite.fleet.domain.VehicleStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Reads vehicles of the caller's tenant. */
public interface FindVehiclesQuery {

    /** Optional filters of the vehicle list; a null filter matches everything. */
    record VehicleFilter(VehicleKind kind, VehicleStatus status) {
    }

    Uni<Vehicle> vehicle(String tenantId, UUID id);

    Uni<Page<Vehicle>> vehicles(String tenantId, VehicleFilter filter, PageRequest page);
}
