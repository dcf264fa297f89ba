package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.kernel.DriverStatus;
import java.util.UUID;

/** The driver of a transport unit as its readiness needs it. */
public record UnitDriver(UUID id, DriverStatus status) {
}
