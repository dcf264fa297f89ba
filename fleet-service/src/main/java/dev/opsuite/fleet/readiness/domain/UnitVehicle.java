package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import java.util.UUID;

/** The vehicle of a transport unit as its readiness needs it: only a heavy truck (LKV) goes into a unit. */
public record UnitVehicle(UUID id, VehicleKind kind, VehicleStatus status) {
}
