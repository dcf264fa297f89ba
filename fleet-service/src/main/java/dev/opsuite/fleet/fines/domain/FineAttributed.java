package dev.opsuite.fleet.fines.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A fine was charged to a driver, and booked to their ledger (and to the order, when there is one). */
public record FineAttributed(Fine fine, String employeeNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return fine.tenantId();
    }
}
