package dev.opsuite.fleet.service.application.port.in;

import dev.opsuite.fleet.service.domain.ServiceAlert;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Service rules of vehicles (every N km and/or M months) and the "service due" alerts they raise. */
public interface ManageServiceRulesUseCase {

    record DefineServiceRuleCommand(Actor actor, ServiceRule.Definition definition) {
    }

    record AlertFilter(UUID vehicleId, ServiceAlert.Status status) {
    }

    Uni<ServiceRule> define(DefineServiceRuleCommand command);

    Uni<ServiceRule> retire(Actor actor, UUID ruleId, Long expectedVersion);

    Uni<ServiceRule> rule(String tenantId, UUID id);

    Uni<Page<ServiceRule>> rules(String tenantId, UUID vehicleId, Boolean active, PageRequest page);

    /** Alerts of the tenant, most urgent first (OVERDUE, then the earliest expected day, then the fewest km left). */
    Uni<Page<ServiceAlert>> alerts(String tenantId, AlertFilter filter, PageRequest page);

    /** Alerts of one vehicle; 404 when the vehicle is not the tenant's. */
    Uni<List<ServiceAlert>> vehicleAlerts(String tenantId, UUID vehicleId);

    /** Every vehicle's alerts (due soon and overdue), unpaged: what the dashboard counts. */
    Uni<List<ServiceAlert>> fleetAlerts(String tenantId);
}
