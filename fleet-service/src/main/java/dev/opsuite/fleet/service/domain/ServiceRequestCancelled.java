package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;

/** The service was called off (or work in progress stopped), from {@code previousStatus}. */
public record ServiceRequestCancelled(ServiceRequest request, ServiceRequestStatus previousStatus) implements DomainEvent {

    @Override
    public String tenantId() {
        return request.tenantId();
    }
}
