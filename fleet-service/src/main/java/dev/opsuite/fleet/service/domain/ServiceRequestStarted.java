package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/** Work on a service request began: who does it, who started it and when. */
public record ServiceRequestStarted(UUID requestId, String tenantId, String number, UUID vehicleId,
        ServiceRequest.Arrangement arrangement, ServiceRequest.Started started) implements DomainEvent {
}
