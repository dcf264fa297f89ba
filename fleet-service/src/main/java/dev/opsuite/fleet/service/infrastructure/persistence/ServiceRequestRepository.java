package dev.opsuite.fleet.service.infrastructure.persistence;

import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery.ServiceRequestFilter;
import dev.opsuite.fleet.service.application.port.out.ServiceRequestStore;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.service.domain.ServiceLocation;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ServiceRequestRepository implements PanacheRepositoryBase<ServiceRequestEntity, UUID>, ServiceRequestStore {

    private static final List<ServiceRequestStatus> OPEN = List.of(ServiceRequestStatus.REQUESTED,
            ServiceRequestStatus.SCHEDULED, ServiceRequestStatus.IN_PROGRESS);

    @Override
    public Uni<Optional<ServiceRequest>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> Optional.ofNullable(e).map(ServiceRequestRepository::toDomain));
    }

    @Override
    public Uni<Page<ServiceRequest>> list(String tenantId, ServiceRequestFilter f, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("vehicleId", f.vehicleId()).in("status", f.statuses())
                .eq("type", f.type()).eq("priority", f.priority()).eq("workshop", f.workshop()).eq("providerId", f.providerId());
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(ServiceRequestRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<ServiceRequest> add(ServiceRequest request) {
        ServiceRequestEntity e = new ServiceRequestEntity();
        e.id = request.id();
        e.number = request.number();
        e.vehicleId = request.vehicleId();
        e.type = request.type();
        e.serviceRuleId = request.serviceRuleId();
        copy(request, e);
        return persist(e).call(this::flush).map(ServiceRequestRepository::toDomain);
    }

    @Override
    public Uni<ServiceRequest> save(ServiceRequest request) {
        // Loaded by find in this session: copying onto it and flushing bumps the version (the new ETag).
        return findById(request.id()).invoke(e -> copy(request, e)).call(e -> flush())
                .map(ServiceRequestRepository::toDomain);
    }

    @Override
    public Uni<Map<ServiceRequestStatus, Long>> countOpen(String tenantId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select status, count(*) from ServiceRequestEntity where tenantId = :tenantId and status in :open group by status",
                        Object[].class)
                .setParameter("tenantId", tenantId)
                .setParameter("open", OPEN)
                .getResultList())
                .map(rows -> {
                    Map<ServiceRequestStatus, Long> counts = new EnumMap<>(ServiceRequestStatus.class);
                    rows.forEach(row -> counts.put((ServiceRequestStatus) row[0], (Long) row[1]));
                    return counts;
                });
    }

    private static void copy(ServiceRequest r, ServiceRequestEntity e) {
        Envelopes.stamp(e, r.envelope());
        e.priority = r.priority();
        e.workshop = r.workshop();
        e.providerId = r.providerId();
        ServiceLocation location = r.location();
        e.locationDescription = location == null ? null : location.description();
        e.latitude = location == null || location.point() == null ? null : location.point().latitude();
        e.longitude = location == null || location.point() == null ? null : location.point().longitude();
        e.issue = r.issue();
        e.scheduledOn = r.scheduledOn();
        e.status = r.status();
        e.workDone = r.workDone();
        Cost cost = r.cost();
        e.costCurrency = cost == null ? null : cost.currency();
        e.costVatMode = cost == null ? null : cost.vatMode();
        e.costNet = cost == null ? null : cost.net();
        e.costVatRate = cost == null ? null : cost.vatRate();
        e.costVat = cost == null ? null : cost.vat();
        e.costGross = cost == null ? null : cost.gross();
        e.invoiceReference = r.invoiceReference();
        e.odometerKm = r.odometerKm();
        e.expenseId = r.expenseId();
        e.startedBy = r.startedBy();
        e.startedAt = r.startedAt();
        e.completedBy = r.completedBy();
        e.completedAt = r.completedAt();
        e.cancelledBy = r.cancelledBy();
        e.cancelledAt = r.cancelledAt();
        e.cancelReason = r.cancelReason();
    }

    static ServiceRequest toDomain(ServiceRequestEntity e) {
        ServiceLocation location = e.locationDescription == null ? null : new ServiceLocation(e.locationDescription,
                e.latitude == null ? null : new GeoPoint(e.latitude, e.longitude));
        Cost cost = e.costCurrency == null ? null
                : new Cost(e.costCurrency, e.costVatMode, e.costNet, e.costVatRate, e.costVat, e.costGross);
        var need = new ServiceRequest.Need(e.vehicleId, e.type, e.priority, location, e.issue, e.serviceRuleId);
        var arrangement = new ServiceRequest.Arrangement(e.workshop, e.providerId, e.scheduledOn);
        var started = e.startedAt == null ? null : new ServiceRequest.Started(e.startedBy, e.startedAt);
        var outcome = e.completedAt == null ? null : new ServiceRequest.Outcome(new ServiceRequest.Completion(e.workDone,
                cost, e.invoiceReference, e.odometerKm), e.expenseId, e.completedBy, e.completedAt);
        var cancellation = e.cancelledAt == null ? null
                : new ServiceRequest.Cancellation(e.cancelReason, e.cancelledBy, e.cancelledAt);
        return new ServiceRequest(Envelopes.of(e.id, e), e.number, need, arrangement, e.status, started, outcome,
                cancellation);
    }
}
