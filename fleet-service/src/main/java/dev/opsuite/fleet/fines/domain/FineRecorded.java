package dev.opsuite.fleet.fines.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;
import java.util.UUID;

/**
 * A fine's letter was recorded against a vehicle (and, when the driving record knew, its driver): the fine's envelope,
 * its letter and status as they were, the vehicle's expense, and the registration number people know the vehicle by.
 */
public record FineRecorded(Envelope envelope, Fine.Letter letter, FineStatus status, UUID vehicleExpenseId,
        String registrationNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return envelope.tenantId();
    }
}
