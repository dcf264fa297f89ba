package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code trip-ticket-issued} v1: a driver was given a vehicle (and possibly a trailer) for a planned
 * window and route; the odometer read when it left. Trip tickets are the record of who drove what
 * when. Key: tripTicketId.
 */
public record TripTicketIssued(
        UUID tripTicketId,
        String number,
        UUID vehicleId,
        String registrationNumber,
        UUID driverId,
        String driverNumber,
        UUID trailerId,
        UUID transportUnitId,
        Instant plannedFrom,
        Instant plannedTo,
        String origin,
        String destination,
        List<String> via,
        String purpose,
        String orderReference,
        long odometerOutKm,
        String issuedBy,
        Instant issuedAt) {
}
