package dev.opsuite.fleet.service.application.service;

import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase;
import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.service.domain.ServiceAlert;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ServiceRuleService implements ManageServiceRulesUseCase {

    static final String WHAT = "service-rule";

    private final ServiceRuleStore rules;
    private final FindVehiclesQuery vehicles;
    private final References references;
    private final ServiceAlerts alerts;
    private final Clock clock;

    ServiceRuleService(ServiceRuleStore rules, FindVehiclesQuery vehicles, References references, ServiceAlerts alerts, Clock clock) {
        this.rules = rules;
        this.vehicles = vehicles;
        this.references = references;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<ServiceRule> define(DefineServiceRuleCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return references.vehicle(actor.tenantId(), command.definition().vehicleId(), "vehicleId")
                .map(vehicle -> Rejection.orThrow(ServiceRule.define(UUID.randomUUID(), actor.tenantId(), command.definition(),
                        LocalDate.ofInstant(now, ZoneOffset.UTC), actor.userId(), now)))
                .chain(rules::add);
    }

    @Override
    @WithTransaction
    public Uni<ServiceRule> retire(Actor actor, UUID ruleId, Long expectedVersion) {
        return rules.find(actor.tenantId(), ruleId)
                .map(found -> {
                    var rule = found.orElseThrow(Rejection.missing(WHAT, ruleId));
                    Rejection.requireVersion(expectedVersion, rule.version());
                    return Rejection.orThrow(rule.retire(actor.userId(), clock.instant()));
                })
                .chain(rules::save);
    }

    @Override
    @WithSession
    public Uni<ServiceRule> rule(String tenantId, UUID id) {
        return rules.find(tenantId, id).map(rule -> rule.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<ServiceRule>> rules(String tenantId, UUID vehicleId, Boolean active, PageRequest page) {
        return rules.list(tenantId, vehicleId, active, page);
    }

    /** Computed, so paged in memory: the rules of a tenant are a few per vehicle. */
    @Override
    @WithSession
    public Uni<Page<ServiceAlert>> alerts(String tenantId, AlertFilter filter, PageRequest page) {
        return alerts.of(tenantId, filter.vehicleId()).map(all -> {
            List<ServiceAlert> matching = new ArrayList<>(all.stream()
                    .filter(a -> filter.status() == null || a.status() == filter.status()).toList());
            if (page.ascending()) {
                Collections.reverse(matching);
            }
            int from = Math.min(page.index() * page.size(), matching.size());
            int to = Math.min(from + page.size(), matching.size());
            return Page.of(List.copyOf(matching.subList(from, to)), page, matching.size());
        });
    }

    @Override
    @WithSession
    public Uni<List<ServiceAlert>> vehicleAlerts(String tenantId, UUID vehicleId) {
        return vehicles.find(tenantId, vehicleId).map(found -> found.orElseThrow(Rejection.missing("vehicle", vehicleId)))
                .chain(vehicle -> alerts.of(tenantId, vehicleId));
    }

    @Override
    @WithSession
    public Uni<List<ServiceAlert>> fleetAlerts(String tenantId) {
        return alerts.of(tenantId, null);
    }
}
