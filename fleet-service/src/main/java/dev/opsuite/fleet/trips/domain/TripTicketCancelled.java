package dev.opsuite.fleet.trips.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/** An issued trip ticket was called off; its period leaves the driving record. */
public record TripTicketCancelled(UUID ticketId, String tenantId, String number, TripTicket.Crew crew,
        TripTicket.Cancellation cancellation) implements DomainEvent {
}
