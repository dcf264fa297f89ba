package dev.opsuite.fleet.domain;

import java.time.Instant;
import java.util.UUID;

/** One odometer reading of a vehicle, as recorded. */
public record OdometerReading(UUID id, String tenantId, UUID vehicleId, long odometerKm, Instant readAt,
        String recordedBy, Instant recordedAt) {
}
