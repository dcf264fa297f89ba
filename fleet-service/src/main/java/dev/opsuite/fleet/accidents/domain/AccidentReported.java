package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;

/** The driver called: an accident of a vehicle was reported (the plate is how people know the vehicle), as reported. */
public record AccidentReported(Envelope envelope, String number, Accident.Circumstances circumstances,
        Accident.Damage damage, String registrationNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return envelope.tenantId();
    }
}
