package dev.opsuite.fleet.trips.domain;

import dev.opsuite.support.domain.DomainEvent;

/** An issued trip ticket was called off; its period leaves the driving record. */
public record TripTicketCancelled(TripTicket ticket) implements DomainEvent {

    @Override
    public String tenantId() {
        return ticket.tenantId();
    }
}
