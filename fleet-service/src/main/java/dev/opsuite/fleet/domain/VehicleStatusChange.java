package dev.opsuite.fleet.domain;

import java.time.Instant;
import java.util.UUID;

/** A vehicle's availability moved from one status to another, and why. */
public record VehicleStatusChange(UUID vehicleId, VehicleStatus previousStatus, VehicleStatus status, String reason,
        String changedBy, Instant changedAt) {
}
