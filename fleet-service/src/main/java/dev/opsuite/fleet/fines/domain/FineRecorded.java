package dev.opsuite.fleet.fines.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A fine's letter was recorded against a vehicle (and, when the driving record knew, its driver). */
public record FineRecorded(Fine fine, String registrationNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return fine.tenantId();
    }
}
