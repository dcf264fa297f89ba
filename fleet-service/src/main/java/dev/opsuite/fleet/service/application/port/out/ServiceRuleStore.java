package dev.opsuite.fleet.service.application.port.out;

import dev.opsuite.fleet.service.domain.DailyDistance;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where service rules are kept, and what their alerts are computed from. Every method is scoped to one tenant. */
public interface ServiceRuleStore {


    Uni<Optional<ServiceRule>> find(String tenantId, UUID id);

    Uni<Page<ServiceRule>> list(String tenantId, UUID vehicleId, Boolean active, PageRequest page);

    Uni<ServiceRule> add(ServiceRule rule);

    /** Writes the change now and answers the rule at its new version. */
    Uni<ServiceRule> save(ServiceRule rule);

    /** The active rules (of one vehicle, or of all when null). */
    Uni<List<ServiceRule>> active(String tenantId, UUID vehicleId);
}
