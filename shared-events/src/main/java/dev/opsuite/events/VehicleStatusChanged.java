package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code vehicle-status-changed} v1: a fleet vehicle's availability changed (seed 004: active, in
 * service, in repair, out of service). Published by fleet-service only when the status really
 * changes; {@code reason} is the fleet manager's note, or null.
 */
public record VehicleStatusChanged(
        UUID vehicleId,
        String registrationNumber,
        String kind,
        String previousStatus,
        String status,
        String reason,
        String changedBy,
        Instant changedAt) {
}
