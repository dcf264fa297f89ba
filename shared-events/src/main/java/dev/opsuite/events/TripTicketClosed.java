package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code trip-ticket-closed} v1: the vehicle came back; the actual window, the odometer in and the
 * distance driven (odometerInKm - odometerOutKm). Key: tripTicketId.
 */
public record TripTicketClosed(
        UUID tripTicketId,
        String number,
        UUID vehicleId,
        UUID driverId,
        UUID trailerId,
        String orderReference,
        Instant departedAt,
        Instant returnedAt,
        long odometerOutKm,
        long odometerInKm,
        long distanceKm,
        String closedBy,
        Instant closedAt) {
}
