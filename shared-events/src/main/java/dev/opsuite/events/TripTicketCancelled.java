package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code trip-ticket-cancelled} v1: an issued trip ticket will not be driven; its window is free again. Key: tripTicketId. */
public record TripTicketCancelled(
        UUID tripTicketId,
        String number,
        UUID vehicleId,
        UUID driverId,
        UUID trailerId,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
