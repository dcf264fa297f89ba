package dev.opsuite.fleet.dashboard.application.service;

import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery;
import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase;

import dev.opsuite.fleet.dashboard.application.port.in.FleetDashboardQuery;
import dev.opsuite.fleet.documents.application.port.in.DocumentStatusQuery;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery;
import dev.opsuite.fleet.service.domain.ServiceAlert;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
class FleetDashboardService implements FleetDashboardQuery {

    private final FindVehiclesQuery availability;
    private final FindServiceRequestsQuery requests;
    private final FindVehicleCostsQuery expenses;
    private final ManageTransportUnitsUseCase units;
    private final DocumentStatusQuery documents;
    private final ManageServiceRulesUseCase alerts;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    FleetDashboardService(FindVehiclesQuery availability, FindServiceRequestsQuery requests, FindVehicleCostsQuery expenses,
            ManageTransportUnitsUseCase units, DocumentStatusQuery documents, ManageServiceRulesUseCase alerts, Clock clock) {
        this.availability = availability;
        this.requests = requests;
        this.expenses = expenses;
        this.units = units;
        this.documents = documents;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    @WithSession
    public Uni<FleetDashboard> dashboard(String tenantId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate yearStart = today.withDayOfYear(1);
        // One session runs one statement at a time: the figures are read one after the other.
        return availability.countByKindAndStatus(tenantId).chain(counts ->
                units.countActiveByReadiness(tenantId).chain(ready ->
                alerts.fleetAlerts(tenantId).chain(due ->
                documents.needingRenewal(tenantId).chain(renewals ->
                requests.countOpen(tenantId).chain(open ->
                expenses.fleetCosts(tenantId, yearStart, today).map(totals -> new FleetDashboard(now,
                        vehicles(counts), new TransportUnits(ready.ready() + ready.notReady(), ready.ready(), ready.notReady()),
                        alertCounts(due), new Documents(renewals.warningDays(), renewals.expiringSoon(), renewals.expired()),
                        openRequests(open), new Expenses(today.getYear(), yearStart, today, expenseTotals(totals)))))))));
    }

    private static Vehicles vehicles(List<FindVehiclesQuery.Count> counts) {
        Map<VehicleStatus, Long> byStatus = zeroes();
        Map<VehicleKind, Map<VehicleStatus, Long>> byKind = new EnumMap<>(VehicleKind.class);
        for (VehicleKind kind : VehicleKind.values()) {
            byKind.put(kind, zeroes());
        }
        long total = 0;
        for (FindVehiclesQuery.Count c : counts) {
            byStatus.merge(c.status(), c.count(), Long::sum);
            byKind.get(c.kind()).merge(c.status(), c.count(), Long::sum);
            total += c.count();
        }
        return new Vehicles(total, byStatus, byKind);
    }

    private static Map<VehicleStatus, Long> zeroes() {
        Map<VehicleStatus, Long> map = new EnumMap<>(VehicleStatus.class);
        for (VehicleStatus status : VehicleStatus.values()) {
            map.put(status, 0L);
        }
        return map;
    }

    private static Alerts alertCounts(List<ServiceAlert> due) {
        long overdue = due.stream().filter(a -> a.status() == ServiceAlert.Status.OVERDUE).count();
        return new Alerts(due.size() - overdue, overdue);
    }

    private static Map<ServiceRequestStatus, Long> openRequests(Map<ServiceRequestStatus, Long> counted) {
        Map<ServiceRequestStatus, Long> open = new EnumMap<>(ServiceRequestStatus.class);
        for (ServiceRequestStatus status : ServiceRequestStatus.values()) {
            if (status.open()) {
                open.put(status, counted.getOrDefault(status, 0L));
            }
        }
        return open;
    }

    private static List<CurrencyTotal> expenseTotals(List<FindVehicleCostsQuery.CurrencyTotal> totals) {
        return totals.stream()
                .map(t -> new CurrencyTotal(t.currency(), t.net(), t.vat(), t.gross(), t.count()))
                .toList();
    }
}
