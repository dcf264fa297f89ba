package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.support.domain.DomainEvent;

/** The driver called: an accident of a vehicle was reported (the plate is how people know the vehicle). */
public record AccidentReported(Accident accident, String registrationNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return accident.tenantId();
    }
}
