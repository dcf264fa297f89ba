package dev.opsuite.fleet.service.application.port.out;

import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery.ServiceRequestFilter;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where service requests are kept. Every method is scoped to one tenant. */
public interface ServiceRequestStore {

    /** Null when the request does not exist in this tenant. */
    Uni<Optional<ServiceRequest>> find(String tenantId, UUID id);

    Uni<Page<ServiceRequest>> list(String tenantId, ServiceRequestFilter filter, PageRequest page);

    /** Inserts now and answers the request as stored. */
    Uni<ServiceRequest> add(ServiceRequest request);

    /** Writes the change now and answers the request at its new version. */
    Uni<ServiceRequest> save(ServiceRequest request);

    /** How many requests are in each open status (REQUESTED, SCHEDULED, IN_PROGRESS). */
    Uni<Map<ServiceRequestStatus, Long>> countOpen(String tenantId);
}
