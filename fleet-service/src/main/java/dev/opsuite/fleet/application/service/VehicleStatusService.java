package dev.opsuite.fleet.application.service;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.VehicleStatusChanged;
import dev.opsuite.fleet.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.application.port.out.VehicleStatusStore;
import dev.opsuite.fleet.application.port.out.VehicleStore;
import dev.opsuite.fleet.domain.ReadinessCause;
import dev.opsuite.fleet.domain.SubjectRef;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.support.outbox.Outbox;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
class VehicleStatusService implements ChangeVehicleStatusUseCase {

    private final VehicleStore vehicles;
    private final VehicleStatusStore statuses;
    private final UnitReadiness readiness;
    private final Outbox outbox;
    private final Clock clock;

    VehicleStatusService(VehicleStore vehicles, VehicleStatusStore statuses, UnitReadiness readiness, Outbox outbox,
            Clock clock) {
        this.vehicles = vehicles;
        this.statuses = statuses;
        this.readiness = readiness;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Vehicle> changeStatus(ChangeVehicleStatusCommand command) {
        Actor actor = command.actor();
        return vehicles.findForUpdate(actor.tenantId(), command.vehicleId()).chain(vehicle -> {
            Rejection.found(vehicle, "vehicle", command.vehicleId());
            Rejection.requireVersion(command.expectedVersion(), vehicle.version());
            Instant now = clock.instant();
            var change = Rejection.orThrow(vehicle.changeStatus(command.status(), actor.userId(), now));
            if (!change.changed()) {
                return Uni.createFrom().item(vehicle);
            }
            return statuses.save(vehicle)
                    .call(saved -> outbox.append(EventCatalog.VEHICLE_STATUS_CHANGED, saved.id(), saved.tenantId(),
                            new VehicleStatusChanged(saved.id(), saved.registrationNumber(), saved.kind().name(),
                                    change.previous().name(), change.current().name(), command.reason(),
                                    actor.userId(), now)))
                    .call(saved -> readiness.reassessUnitsOf(actor.tenantId(), SubjectRef.vehicle(saved.id()),
                            ReadinessCause.VEHICLE_STATUS_CHANGED));
        });
    }
}
