package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** The transport unit, its driver, vehicle and trailer and the trip ticket a dispatch runs on, with the window the unit is booked for. */
public record DispatchAssignment(
        UUID transportUnitId,
        UUID vehicleId,
        UUID driverId,
        UUID trailerId,
        UUID tripTicketId,
        String tripTicketNumber,
        String orderReference,
        Instant windowFrom,
        Instant windowTo) {
}
