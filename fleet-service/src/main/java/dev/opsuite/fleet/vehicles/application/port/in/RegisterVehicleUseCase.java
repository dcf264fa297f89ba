package dev.opsuite.fleet.vehicles.application.port.in;

import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/** Adds a vehicle to the register, ACTIVE; a registration number is unique within the tenant. */
public interface RegisterVehicleUseCase {

    Uni<Vehicle> register(Actor actor, Vehicle.Registration registration);
}
