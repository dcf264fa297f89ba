package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/** A service request was completed: the work done, its cost and expense, as reported. */
public record ServiceRequestCompleted(UUID requestId, String tenantId, String number, ServiceRequest.Need need,
        ServiceRequest.Arrangement arrangement, ServiceRequest.Outcome outcome) implements DomainEvent {
}
