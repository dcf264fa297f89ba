package dev.opsuite.fleet.service.application.port.in;

import dev.opsuite.fleet.service.domain.ServicePriority;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.service.domain.ServiceRequestType;
import dev.opsuite.fleet.service.domain.Workshop;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Set;
import java.util.UUID;

/** Reads service requests of the caller's tenant. */
public interface FindServiceRequestsQuery {

    /** Optional filters; null (or empty) matches everything. */
    record ServiceRequestFilter(UUID vehicleId, Set<ServiceRequestStatus> statuses, ServiceRequestType type,
            ServicePriority priority, Workshop workshop, UUID providerId) {
    }

    Uni<ServiceRequest> serviceRequest(String tenantId, UUID id);

    Uni<Page<ServiceRequest>> serviceRequests(String tenantId, ServiceRequestFilter filter, PageRequest page);

    /** How many requests are in each open status. */
    Uni<java.util.Map<dev.opsuite.fleet.service.domain.ServiceRequestStatus, Long>> countOpen(String tenantId);
}
