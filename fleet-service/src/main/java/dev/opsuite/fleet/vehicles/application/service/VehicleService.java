package dev.opsuite.fleet.vehicles.application.service;

import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.RegisterVehicleUseCase;
import dev.opsuite.fleet.vehicles.application.port.out.VehicleStore;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.fleet.kernel.application.StoredLookup;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class VehicleService extends StoredLookup<Vehicle> implements RegisterVehicleUseCase, RecordOdometerReadingUseCase, FindVehiclesQuery {

    static final String WHAT = "vehicle";

    private final VehicleStore vehicles;
    private final Clock clock;

    VehicleService(VehicleStore vehicles, Clock clock) {
        this.vehicles = vehicles;
        this.clock = clock;
    }

    @Override
    protected VehicleStore store() {
        return vehicles;
    }

    @Override
    @WithTransaction
    public Uni<Vehicle> register(Actor actor, Vehicle.Registration registration) {
        Vehicle vehicle = Rejection.orThrow(Vehicle.register(UUID.randomUUID(), actor.tenantId(), registration,
                actor.userId(), clock.instant()));
        return vehicles.add(vehicle);
    }

    @Override
    @WithTransaction
    public Uni<Vehicle> record(RecordOdometerReadingCommand command) {
        Actor actor = command.actor();
        return vehicles.findForUpdate(actor.tenantId(), command.vehicleId())
                .map(found -> found.orElseThrow(Rejection.missing(WHAT, command.vehicleId())))
                .chain(vehicle -> {
                    Rejection.requireVersion(command.expectedVersion(), vehicle.version());
                    OdometerReading reading = Rejection.orThrow(reportedAs(command.reportedAs(), vehicle.recordOdometer(
                            UUID.randomUUID(), command.odometerKm(), command.readAt(), actor.userId(), clock.instant())));
                    return vehicles.saveWithReading(vehicle, reading);
                });
    }

    @Override
    @WithSession
    public Uni<Vehicle> vehicle(String tenantId, UUID id) {
        return vehicles.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<Vehicle>> vehicles(String tenantId, VehicleFilter filter, PageRequest page) {
        return vehicles.list(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<List<Count>> countByKindAndStatus(String tenantId) {
        return vehicles.countByKindAndStatus(tenantId);
    }

    @Override
    @WithSession
    public Uni<Map<UUID, OdometerReading.Window>> readingWindows(String tenantId, Collection<UUID> vehicleIds,
            Instant since, Instant until) {
        return vehicles.readingWindows(tenantId, vehicleIds, since, until);
    }

    /** The odometer policy names odometerKm; a caller may have sent the reading under another name. */
    private static <T> Result<T> reportedAs(String field, Result<T> result) {
        if (field != null && result instanceof Result.Rejected<T> r) {
            return Result.invalid(r.code(), field, r.detail());
        }
        return result;
    }
}
