package dev.opsuite.fleet.dashboard.application.service;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery;
import dev.opsuite.fleet.dashboard.application.port.in.FleetDashboardQuery;
import dev.opsuite.fleet.documents.application.port.in.DocumentStatusQuery;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery;
import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import java.time.Clock;

/** The availability dashboard on the other capabilities' use cases, as a fast test wires them. */
public final class DashboardWiring {

    private DashboardWiring() {
    }

    public static FleetDashboardQuery dashboard(FindVehiclesQuery vehicles, FindServiceRequestsQuery requests,
            FindVehicleCostsQuery costs, ManageTransportUnitsUseCase units, DocumentStatusQuery documents,
            ManageServiceRulesUseCase alerts, Clock clock) {
        return new FleetDashboardService(vehicles, requests, costs, units, documents, alerts, clock);
    }
}
