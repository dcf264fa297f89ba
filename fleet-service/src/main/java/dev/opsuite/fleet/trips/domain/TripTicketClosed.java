package dev.opsuite.fleet.trips.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/** The vehicle is back: the trip's actual window and the distance driven, as closed. */
public record TripTicketClosed(UUID ticketId, String tenantId, String number, TripTicket.Crew crew, String orderReference,
        long odometerOutKm, TripTicket.Closing closing) implements DomainEvent {
}
