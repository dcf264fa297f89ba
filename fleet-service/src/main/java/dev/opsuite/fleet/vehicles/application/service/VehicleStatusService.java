package dev.opsuite.fleet.vehicles.application.service;

import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.vehicles.application.port.out.VehicleStore;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A vehicle's availability, set by hand or moved by the work done on it (service requests, accidents). The
 * vehicle row is locked first, so moves of one vehicle queue; what the vehicle decided is published last.
 */
@ApplicationScoped
class VehicleStatusService implements ChangeVehicleStatusUseCase {

    /** A move of the vehicle, as the domain decides it. */
    private interface Move {
        Result<Vehicle> apply(Vehicle vehicle, String reason, String by, Instant now);
    }

    private final VehicleStore vehicles;
    private final EventPublisher events;
    private final Clock clock;

    VehicleStatusService(VehicleStore vehicles, EventPublisher events, Clock clock) {
        this.vehicles = vehicles;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Vehicle> changeStatus(ChangeVehicleStatusCommand command) {
        Actor actor = command.actor();
        return vehicles.findForUpdate(actor.tenantId(), command.vehicleId())
                .map(found -> found.orElseThrow(Rejection.missing(VehicleService.WHAT, command.vehicleId())))
                .chain(vehicle -> {
                    Rejection.requireVersion(command.expectedVersion(), vehicle.version());
                    return write(Rejection.accepted(vehicle.changeStatus(command.status(), command.reason(), actor.userId(),
                            clock.instant())), null);
                });
    }

    @Override
    @WithTransaction
    public Uni<Optional<Vehicle>> enterService(VehicleWorkCommand command) {
        return move(command, Vehicle::enterService);
    }

    @Override
    @WithTransaction
    public Uni<Optional<Vehicle>> leaveService(VehicleWorkCommand command) {
        return move(command, Vehicle::leaveService);
    }

    @Override
    @WithTransaction
    public Uni<Optional<Vehicle>> enterRepair(VehicleWorkCommand command) {
        return move(command, Vehicle::enterRepair);
    }

    @Override
    @WithTransaction
    public Uni<Optional<Vehicle>> leaveRepair(VehicleWorkCommand command) {
        return move(command, Vehicle::leaveRepair);
    }

    private Uni<Optional<Vehicle>> move(VehicleWorkCommand command, Move move) {
        Actor actor = command.actor();
        return vehicles.findForUpdate(actor.tenantId(), command.vehicleId()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<Vehicle>empty());
            }
            Vehicle vehicle = found.get();
            Instant now = clock.instant();
            Result.Accepted<Vehicle> moved = Rejection.accepted(move.apply(vehicle, command.reason(), actor.userId(), now));
            OdometerReading reading = command.odometerKm() == null ? null : Rejection.orThrow(vehicle.recordOdometer(
                    UUID.randomUUID(), command.odometerKm(), now, actor.userId(), now));
            return write(moved, reading).map(Optional::of);
        });
    }

    /** The change and the reading, if any, in one write of the vehicle; nothing at all when nothing changed. */
    private Uni<Vehicle> write(Result.Accepted<Vehicle> moved, OdometerReading reading) {
        Vehicle vehicle = moved.value();
        if (reading != null) {
            return vehicles.saveWithReading(vehicle, reading).call(() -> events.publish(moved.events()));
        }
        if (moved.events().isEmpty()) {
            return Uni.createFrom().item(vehicle);
        }
        return vehicles.save(vehicle).call(() -> events.publish(moved.events()));
    }
}
