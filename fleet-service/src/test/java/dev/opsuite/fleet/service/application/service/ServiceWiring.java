package dev.opsuite.fleet.service.application.service;

import dev.opsuite.fleet.costs.application.port.in.BookVehicleExpenseUseCase;
import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase;
import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase;
import dev.opsuite.fleet.service.application.port.in.OpenServiceRequestUseCase;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase;
import dev.opsuite.fleet.service.application.port.out.ServiceProviderStore;
import dev.opsuite.fleet.service.application.port.out.ServiceRequestStore;
import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.DocumentNumbering;
import java.time.Clock;

/**
 * Service management's use cases on the ports a fast test gives them; alerts with the production defaults (5,000 km
 * or 30 days ahead, forecast from the last 30 days of readings).
 */
public final class ServiceWiring {

    public record Service(OpenServiceRequestUseCase open, PlanServiceRequestUseCase plan, PerformServiceUseCase perform,
            FindServiceRequestsQuery find, ManageServiceProvidersUseCase providers, ManageServiceRulesUseCase rules) {
    }

    private ServiceWiring() {
    }

    @SuppressWarnings("java:S107")
    public static Service service(ServiceRequestStore requests, ServiceProviderStore providers, ServiceRuleStore rules,
            FindVehiclesQuery vehicles, ChangeVehicleStatusUseCase vehicleStatus, BookVehicleExpenseUseCase expenses,
            EventPublisher events, DocumentNumbering numbers, Clock clock) {
        References references = new References(vehicles, providers, rules);
        ServiceRequestService service = new ServiceRequestService(requests, vehicles, vehicleStatus, providers, rules,
                expenses, references, events, numbers, clock);
        ServiceAlerts alerts = new ServiceAlerts(rules, vehicles, clock, 5000, 30, 30);
        return new Service(service, service, service, service, new ServiceProviderService(providers, clock),
                new ServiceRuleService(rules, vehicles, references, alerts, clock));
    }
}
