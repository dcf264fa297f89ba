package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;

/** The work is done: what was done, what it cost, the mileage read. */
public record ServiceRequestCompleted(ServiceRequest request) implements DomainEvent {

    @Override
    public String tenantId() {
        return request.tenantId();
    }
}
