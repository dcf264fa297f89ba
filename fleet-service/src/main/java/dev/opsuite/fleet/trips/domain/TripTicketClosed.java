package dev.opsuite.fleet.trips.domain;

import dev.opsuite.support.domain.DomainEvent;

/** The vehicle is back: the trip's actual window and the distance driven. */
public record TripTicketClosed(TripTicket ticket) implements DomainEvent {

    @Override
    public String tenantId() {
        return ticket.tenantId();
    }
}
