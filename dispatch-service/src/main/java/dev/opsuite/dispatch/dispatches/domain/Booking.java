package dev.opsuite.dispatch.dispatches.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a dispatch books: the unit (and the driver, truck and trailer it was made of then), the trip ticket it runs on,
 * and the window the unit is held for. The database keeps a unit in one live booking per moment.
 */
public record Booking(UUID unitId, UUID vehicleId, UUID driverId, UUID trailerId, UUID tripTicketId, String tripTicketNumber,
        String orderReference, Instant windowFrom, Instant windowTo) {
}
