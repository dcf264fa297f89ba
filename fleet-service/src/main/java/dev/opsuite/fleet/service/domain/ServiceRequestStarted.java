package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;

/** Work on the vehicle began. */
public record ServiceRequestStarted(ServiceRequest request) implements DomainEvent {

    @Override
    public String tenantId() {
        return request.tenantId();
    }
}
