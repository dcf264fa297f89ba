package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A service request was opened for a vehicle (the plate is how people know it). */
public record ServiceRequestOpened(ServiceRequest request, String registrationNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return request.tenantId();
    }
}
