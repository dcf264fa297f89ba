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
import java.util.UUID;

/** Where service rules are kept, and what their alerts are computed from. Every method is scoped to one tenant. */
public interface ServiceRuleStore {

    /** An active rule with the vehicle it belongs to. */
    record RuleOfVehicle(ServiceRule rule, Vehicle vehicle) {
    }

    Uni<ServiceRule> find(String tenantId, UUID id);

    Uni<Page<ServiceRule>> list(String tenantId, UUID vehicleId, Boolean active, PageRequest page);

    Uni<ServiceRule> add(ServiceRule rule);

    /** Writes the change now and answers the rule at its new version. */
    Uni<ServiceRule> save(ServiceRule rule);

    /** Active rules with their vehicles (of one vehicle, or all when null), leaving out vehicles OUT_OF_SERVICE. */
    Uni<List<RuleOfVehicle>> activeWithVehicles(String tenantId, UUID vehicleId);

    /** Per vehicle, its first and last odometer reading taken from {@code since} to {@code until}. */
    Uni<Map<UUID, DailyDistance.Window>> readings(String tenantId, Collection<UUID> vehicleIds, Instant since, Instant until);
}
