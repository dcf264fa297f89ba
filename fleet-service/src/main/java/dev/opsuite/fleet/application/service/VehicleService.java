package dev.opsuite.fleet.application.service;

import dev.opsuite.fleet.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.application.port.in.RecordOdometerReadingUseCase;
import dev.opsuite.fleet.application.port.in.RegisterVehicleUseCase;
import dev.opsuite.fleet.application.port.out.VehicleStore;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class VehicleService implements RegisterVehicleUseCase, RecordOdometerReadingUseCase, FindVehiclesQuery {

    private final VehicleStore vehicles;
    private final Clock clock;

    VehicleService(VehicleStore vehicles, Clock clock) {
        this.vehicles = vehicles;
        this.clock = clock;
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
                .chain(vehicle -> {
                    Rejection.found(vehicle, "vehicle", command.vehicleId());
                    Rejection.requireVersion(command.expectedVersion(), vehicle.version());
                    var reading = Rejection.orThrow(vehicle.recordOdometer(UUID.randomUUID(), command.odometerKm(),
                            command.readAt(), actor.userId(), clock.instant()));
                    return vehicles.saveWithReading(vehicle, reading);
                });
    }

    @Override
    @WithSession
    public Uni<Vehicle> vehicle(String tenantId, UUID id) {
        return vehicles.find(tenantId, id).map(vehicle -> Rejection.found(vehicle, "vehicle", id));
    }

    @Override
    @WithSession
    public Uni<Page<Vehicle>> vehicles(String tenantId, VehicleFilter filter, PageRequest page) {
        return vehicles.list(tenantId, filter, page);
    }
}
