package dev.opsuite.fleet.service.application.service;

import dev.opsuite.fleet.service.application.port.out.ServiceProviderStore;
import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What a request body names must exist in the caller's business (and be in use): a 422 naming the field otherwise. */
@ApplicationScoped
class References {

    private final FindVehiclesQuery vehicles;
    private final ServiceProviderStore providers;
    private final ServiceRuleStore rules;

    References(FindVehiclesQuery vehicles, ServiceProviderStore providers, ServiceRuleStore rules) {
        this.vehicles = vehicles;
        this.providers = providers;
        this.rules = rules;
    }

    Uni<Vehicle> vehicle(String tenantId, UUID id, String field) {
        return vehicles.find(tenantId, id).map(vehicle -> vehicle.orElseThrow(() -> Rejection.unprocessable(
                "vehicle-not-found", field, "No vehicle " + id + " in this business.").toException()));
    }

    /** An active provider, or null when {@code id} is null. */
    Uni<ServiceProvider> activeProvider(String tenantId, UUID id, String field) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return providers.find(tenantId, id).map(found -> {
            ServiceProvider provider = found.orElseThrow(() -> Rejection.unprocessable("provider-not-found", field,
                    "No service provider " + id + " in this business.").toException());
            if (!provider.active()) {
                throw Rejection.unprocessable("provider-inactive", field, "Service provider " + provider.name() + " is no longer listed.").toException();
            }
            return provider;
        });
    }

    /** An active rule of {@code vehicleId}, or null when {@code id} is null. */
    Uni<ServiceRule> ruleOf(String tenantId, UUID vehicleId, UUID id, String field) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return rules.find(tenantId, id).map(found -> {
            ServiceRule rule = found.filter(ServiceRule::active).orElseThrow(() -> Rejection.unprocessable(
                    "service-rule-not-found", field, "No active service rule " + id + " in this business.").toException());
            if (!rule.vehicleId().equals(vehicleId)) {
                throw Rejection.unprocessable("service-rule-of-another-vehicle", field, "Service rule " + rule.name()
                        + " belongs to another vehicle.").toException();
            }
            return rule;
        });
    }
}
