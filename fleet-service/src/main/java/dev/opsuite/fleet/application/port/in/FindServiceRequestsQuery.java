package dev.opsuite.fleet.application.port.in;

import dev.opsuite.fleet.domain.ServicePriority;
import dev.opsuite.fleet.domain.ServiceRequest;
import dev.opsuite.fleet.domain.ServiceRequestStatus;
import dev.opsuite.fleet.domain.ServiceRequestType;
import dev.opsuite.fleet.domain.Workshop;
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
}
