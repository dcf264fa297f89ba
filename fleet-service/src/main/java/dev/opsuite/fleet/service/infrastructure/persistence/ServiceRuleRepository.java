package dev.opsuite.fleet.service.infrastructure.persistence;

import dev.opsuite.fleet.vehicles.infrastructure.persistence.OdometerReadingEntity;
import dev.opsuite.fleet.vehicles.infrastructure.persistence.VehicleEntity;
import dev.opsuite.fleet.vehicles.infrastructure.persistence.VehicleRepository;

import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.service.domain.DailyDistance;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ServiceRuleRepository implements PanacheRepositoryBase<ServiceRuleEntity, UUID>, ServiceRuleStore {

    private static final String ACTIVE_WITH_VEHICLES = """
            select r, v from ServiceRuleEntity r join VehicleEntity v on v.id = r.vehicleId and v.tenantId = r.tenantId
            where r.tenantId = :tenantId and r.active = true and v.status <> :outOfService""";

    private static final String READINGS = """
            select o.vehicleId, min(o.odometerKm), min(o.readAt), max(o.odometerKm), max(o.readAt)
            from OdometerReadingEntity o
            where o.tenantId = :tenantId and o.vehicleId in :vehicleIds and o.readAt >= :since and o.readAt <= :until
            group by o.vehicleId""";

    @Override
    public Uni<ServiceRule> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> e == null ? null : toDomain(e));
    }

    @Override
    public Uni<Page<ServiceRule>> list(String tenantId, UUID vehicleId, Boolean active, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("vehicleId", vehicleId).eq("active", active);
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(ServiceRuleRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<ServiceRule> add(ServiceRule rule) {
        ServiceRuleEntity e = new ServiceRuleEntity();
        e.id = rule.id();
        e.tenantId = rule.tenantId();
        e.vehicleId = rule.vehicleId();
        e.name = rule.name();
        e.intervalKm = rule.intervalKm();
        e.intervalMonths = rule.intervalMonths();
        e.createdBy = rule.createdBy();
        e.createdAt = rule.createdAt();
        copy(rule, e);
        return persist(e).call(this::flush).map(ServiceRuleRepository::toDomain);
    }

    @Override
    public Uni<ServiceRule> save(ServiceRule rule) {
        return findById(rule.id()).invoke(e -> copy(rule, e)).call(e -> flush()).map(ServiceRuleRepository::toDomain);
    }

    @Override
    public Uni<List<RuleOfVehicle>> activeWithVehicles(String tenantId, UUID vehicleId) {
        String hql = ACTIVE_WITH_VEHICLES + (vehicleId == null ? "" : " and r.vehicleId = :vehicleId");
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, Object[].class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("outOfService", VehicleStatus.OUT_OF_SERVICE);
            if (vehicleId != null) {
                query.setParameter("vehicleId", vehicleId);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> new RuleOfVehicle(toDomain((ServiceRuleEntity) row[0]),
                VehicleRepository.toVehicle((VehicleEntity) row[1]))).toList());
    }

    @Override
    public Uni<Map<UUID, DailyDistance.Window>> readings(String tenantId, Collection<UUID> vehicleIds, Instant since,
            Instant until) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(READINGS, Object[].class)
                        .setParameter("tenantId", tenantId)
                        .setParameter("vehicleIds", Set.copyOf(vehicleIds))
                        .setParameter("since", since)
                        .setParameter("until", until)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, DailyDistance.Window> windows = new HashMap<>();
                    // Odometers only go up, so the lowest reading of the window is its first and the highest its last.
                    rows.forEach(row -> windows.put((UUID) row[0], new DailyDistance.Window((Long) row[1], (Instant) row[2],
                            (Long) row[3], (Instant) row[4])));
                    return windows;
                });
    }

    private static void copy(ServiceRule rule, ServiceRuleEntity e) {
        e.lastServiceKm = rule.lastServiceKm();
        e.lastServiceOn = rule.lastServiceOn();
        e.active = rule.active();
        e.updatedBy = rule.updatedBy();
        e.updatedAt = rule.updatedAt();
    }

    static ServiceRule toDomain(ServiceRuleEntity e) {
        return new ServiceRule(e.id, e.tenantId, e.vehicleId, e.name, e.intervalKm, e.intervalMonths, e.lastServiceKm,
                e.lastServiceOn, e.active, e.createdBy, e.createdAt, e.updatedBy, e.updatedAt, e.version);
    }
}
