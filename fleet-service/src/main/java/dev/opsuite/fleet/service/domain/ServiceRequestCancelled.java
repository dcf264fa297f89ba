package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/** A service request was called off, from the status it had. */
public record ServiceRequestCancelled(UUID requestId, String tenantId, String number, UUID vehicleId,
        ServiceRequestStatus previousStatus, ServiceRequest.Cancellation cancellation) implements DomainEvent {
}
