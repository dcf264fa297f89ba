package dev.opsuite.fleet.trips.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;

/** A trip ticket was issued: the vehicle, its driver and the trip they are on, as issued. */
public record TripTicketIssued(Envelope envelope, String number, TripTicket.Crew crew, TripTicket.Plan plan, long odometerOutKm,
        String registrationNumber, String employeeNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return envelope.tenantId();
    }
}
