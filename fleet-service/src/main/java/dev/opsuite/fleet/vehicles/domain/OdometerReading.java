package dev.opsuite.fleet.vehicles.domain;

import java.time.Instant;
import java.util.UUID;

/** One odometer reading of a vehicle, as recorded. */
public record OdometerReading(UUID id, String tenantId, UUID vehicleId, long odometerKm, Instant readAt,
        String recordedBy, Instant recordedAt) {

    /** The earliest and the latest reading of a vehicle in a window of time; odometers only go up, so they are its lowest and highest. */
    public record Window(long firstKm, Instant firstReadAt, long lastKm, Instant lastReadAt) {
    }
}
