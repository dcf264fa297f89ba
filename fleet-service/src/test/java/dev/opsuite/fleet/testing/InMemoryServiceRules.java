package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Service rules in memory, in the order they were defined. */
public final class InMemoryServiceRules extends InMemoryStore<ServiceRule> implements ServiceRuleStore {

    public InMemoryServiceRules() {
        super(ServiceRule::id, ServiceRule::tenantId);
    }

    @Override
    public Uni<Page<ServiceRule>> list(String tenantId, UUID vehicleId, Boolean active, PageRequest page) {
        return records.page(tenantId, r -> (vehicleId == null || r.vehicleId().equals(vehicleId))
                && (active == null || r.active() == active), page);
    }

    @Override
    public Uni<ServiceRule> add(ServiceRule rule) {
        return records.saved(rule);
    }

    @Override
    public Uni<ServiceRule> save(ServiceRule rule) {
        return records.saved(rule);
    }

    @Override
    public Uni<List<ServiceRule>> active(String tenantId, UUID vehicleId) {
        return Uni.createFrom().item(records.of(tenantId).filter(ServiceRule::active)
                .filter(r -> vehicleId == null || r.vehicleId().equals(vehicleId)).toList());
    }
}
