package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;

/** A service request was opened for a vehicle (the plate is how people know it): as opened. */
public record ServiceRequestOpened(Envelope envelope, String number, ServiceRequest.Need need,
        ServiceRequest.Arrangement arrangement, ServiceRequestStatus status, String registrationNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return envelope.tenantId();
    }
}
