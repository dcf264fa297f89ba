package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code vehicle-status-changed} v1: a vehicle's availability changed (ACTIVE, IN_SERVICE, IN_REPAIR,
 * OUT_OF_SERVICE), with the status before and why. Key: vehicleId.
 */
public record VehicleStatusChanged(
        UUID vehicleId,
        String registrationNumber,
        String kind,
        String previousStatus,
        String status,
        String reason,
        Instant changedAt) {
}
