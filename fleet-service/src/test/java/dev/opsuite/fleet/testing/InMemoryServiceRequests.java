package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery.ServiceRequestFilter;
import dev.opsuite.fleet.service.application.port.out.ServiceRequestStore;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Service requests in memory, in the order they were opened. */
public final class InMemoryServiceRequests implements ServiceRequestStore {

    private final Map<UUID, ServiceRequest> requests = new LinkedHashMap<>();

    @Override
    public Uni<Optional<ServiceRequest>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(requests.get(id)).filter(r -> r.tenantId().equals(tenantId))
                .map(InMemoryServiceRequests::copy));
    }

    @Override
    public Uni<Page<ServiceRequest>> list(String tenantId, ServiceRequestFilter filter, PageRequest page) {
        List<ServiceRequest> matching = requests.values().stream().filter(r -> r.tenantId().equals(tenantId))
                .filter(r -> filter.vehicleId() == null || r.vehicleId().equals(filter.vehicleId()))
                .filter(r -> filter.statuses() == null || filter.statuses().isEmpty()
                        || filter.statuses().contains(r.status()))
                .filter(r -> filter.type() == null || r.type() == filter.type())
                .filter(r -> filter.priority() == null || r.priority() == filter.priority())
                .filter(r -> filter.workshop() == null || r.workshop() == filter.workshop())
                .filter(r -> filter.providerId() == null || filter.providerId().equals(r.providerId()))
                .toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<ServiceRequest> add(ServiceRequest request) {
        requests.put(request.id(), copy(request));
        return Uni.createFrom().item(copy(request));
    }

    @Override
    public Uni<ServiceRequest> save(ServiceRequest request) {
        return add(request);
    }

    @Override
    public Uni<Map<ServiceRequestStatus, Long>> countOpen(String tenantId) {
        Map<ServiceRequestStatus, Long> counts = new EnumMap<>(ServiceRequestStatus.class);
        requests.values().stream().filter(r -> r.tenantId().equals(tenantId) && r.status().open())
                .forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return Uni.createFrom().item(counts);
    }

    /** What a row holds: the stored request changes only when it is saved, as in the database. */
    private static ServiceRequest copy(ServiceRequest r) {
        return new ServiceRequest(r.envelope(), r.number(), r.need(), r.arrangement(), r.status(), r.started(), r.outcome(),
                r.cancellation());
    }
}
