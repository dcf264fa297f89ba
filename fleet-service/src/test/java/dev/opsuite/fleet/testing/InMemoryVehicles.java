package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.Count;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.VehicleFilter;
import dev.opsuite.fleet.vehicles.application.port.out.VehicleStore;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The vehicle register in memory, with the odometer readings written beside it. */
public final class InMemoryVehicles extends InMemoryLookup<Vehicle> implements VehicleStore {

    private final List<OdometerReading> readings = new ArrayList<>();

    public List<OdometerReading> readings() {
        return List.copyOf(readings);
    }

    @Override
    public Uni<Page<Vehicle>> list(String tenantId, VehicleFilter filter, PageRequest page) {
        return records.page(tenantId, v -> (filter.kind() == null || v.kind() == filter.kind())
                && (filter.status() == null || v.status() == filter.status()),
                Comparator.comparing(Vehicle::registrationNumber), page);
    }

    @Override
    public Uni<Vehicle> add(Vehicle vehicle) {
        boolean taken = records.of(vehicle.tenantId())
                .anyMatch(v -> v.registrationNumber().equals(vehicle.registrationNumber()));
        if (taken) {
            // What the unique constraint answers through the REST stack.
            return Uni.createFrom().failure(Rejection.conflict("registration-number-taken", "registrationNumber",
                    "Registration number " + vehicle.registrationNumber() + " is already registered.").toException());
        }
        return records.saved(vehicle);
    }

    @Override
    public Uni<Vehicle> save(Vehicle vehicle) {
        return records.saved(vehicle);
    }

    @Override
    public Uni<Vehicle> saveWithReading(Vehicle vehicle, OdometerReading reading) {
        readings.add(reading);
        return save(vehicle);
    }

    @Override
    public Uni<List<Count>> countByKindAndStatus(String tenantId) {
        Map<List<Object>, Long> counted = new LinkedHashMap<>();
        records.of(tenantId).forEach(v -> counted.merge(List.of(v.kind(), v.status()), 1L, Long::sum));
        return Uni.createFrom().item(counted.entrySet().stream().map(e -> new Count(
                (dev.opsuite.fleet.kernel.VehicleKind) e.getKey().get(0),
                (dev.opsuite.fleet.kernel.VehicleStatus) e.getKey().get(1), e.getValue())).toList());
    }

    @Override
    public Uni<Map<UUID, OdometerReading.Window>> readingWindows(String tenantId, Collection<UUID> vehicleIds,
            Instant since, Instant until) {
        Map<UUID, OdometerReading.Window> windows = new HashMap<>();
        for (UUID id : vehicleIds) {
            List<OdometerReading> inWindow = readings.stream().filter(r -> r.tenantId().equals(tenantId)
                    && r.vehicleId().equals(id) && !r.readAt().isBefore(since) && !r.readAt().isAfter(until))
                    .sorted(Comparator.comparing(OdometerReading::readAt)).toList();
            if (!inWindow.isEmpty()) {
                OdometerReading first = inWindow.get(0);
                OdometerReading last = inWindow.get(inWindow.size() - 1);
                windows.put(id, new OdometerReading.Window(first.odometerKm(), first.readAt(), last.odometerKm(),
                        last.readAt()));
            }
        }
        return Uni.createFrom().item(windows);
    }
}
