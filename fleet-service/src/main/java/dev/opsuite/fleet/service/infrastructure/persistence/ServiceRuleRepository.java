package dev.opsuite.fleet.service.infrastructure.persistence;


import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.service.domain.DailyDistance;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
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
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ServiceRuleRepository implements PanacheRepositoryBase<ServiceRuleEntity, UUID>, ServiceRuleStore {

    @Override
    public Uni<Optional<ServiceRule>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> Optional.ofNullable(e).map(ServiceRuleRepository::toDomain));
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
    public Uni<List<ServiceRule>> active(String tenantId, UUID vehicleId) {
        Criteria where = Criteria.forTenant(tenantId).eq("vehicleId", vehicleId).eq("active", true);
        return find(where.query(), where.parameters()).list()
                .map(rows -> rows.stream().map(ServiceRuleRepository::toDomain).toList());
    }

    private static void copy(ServiceRule rule, ServiceRuleEntity e) {
        e.lastServiceKm = rule.lastServiceKm();
        e.lastServiceOn = rule.lastServiceOn();
        e.active = rule.active();
        e.updatedBy = rule.updatedBy();
        e.updatedAt = rule.updatedAt();
    }

    static ServiceRule toDomain(ServiceRuleEntity e) {
        return new ServiceRule(Envelopes.of(e.id, e), e.vehicleId, e.name, e.intervalKm, e.intervalMonths, e.lastServiceKm,
                e.lastServiceOn, e.active);
    }
}
