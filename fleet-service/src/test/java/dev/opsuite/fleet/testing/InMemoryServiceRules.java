package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Service rules in memory, in the order they were defined. */
public final class InMemoryServiceRules implements ServiceRuleStore {

    private final Map<UUID, ServiceRule> rules = new LinkedHashMap<>();

    @Override
    public Uni<Optional<ServiceRule>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(rules.get(id)).filter(r -> r.tenantId().equals(tenantId)));
    }

    @Override
    public Uni<Page<ServiceRule>> list(String tenantId, UUID vehicleId, Boolean active, PageRequest page) {
        List<ServiceRule> matching = rules.values().stream().filter(r -> r.tenantId().equals(tenantId))
                .filter(r -> vehicleId == null || r.vehicleId().equals(vehicleId))
                .filter(r -> active == null || r.active() == active)
                .toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<ServiceRule> add(ServiceRule rule) {
        rules.put(rule.id(), rule);
        return Uni.createFrom().item(rule);
    }

    @Override
    public Uni<ServiceRule> save(ServiceRule rule) {
        return add(rule);
    }

    @Override
    public Uni<List<ServiceRule>> active(String tenantId, UUID vehicleId) {
        return Uni.createFrom().item(rules.values().stream().filter(r -> r.tenantId().equals(tenantId) && r.active())
                .filter(r -> vehicleId == null || r.vehicleId().equals(vehicleId)).toList());
    }
}
