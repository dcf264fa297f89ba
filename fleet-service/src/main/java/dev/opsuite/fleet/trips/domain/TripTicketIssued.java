package dev.opsuite.fleet.trips.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A trip ticket was issued: the vehicle, its driver and the trip they are on. */
public record TripTicketIssued(TripTicket ticket, String registrationNumber, String employeeNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return ticket.tenantId();
    }
}
