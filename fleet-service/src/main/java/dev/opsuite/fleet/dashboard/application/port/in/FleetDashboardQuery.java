package dev.opsuite.fleet.dashboard.application.port.in;

import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The availability dashboard (seed 004: "Cannot see which vehicles are available"). Each figure is a
 * section of its own, so that others (ready transport units, documents expiring) are added beside
 * them without changing these.
 */
public interface FleetDashboardQuery {

    record FleetDashboard(Instant asOf, Vehicles vehicles, TransportUnits transportUnits, Alerts serviceAlerts,
            Documents documents, Map<ServiceRequestStatus, Long> openServiceRequests, Expenses expensesYearToDate) {
    }

    /** Active transport units, and how many of them dispatchers can give an order now. */
    record TransportUnits(long active, long ready, long notReady) {
    }

    /**
     * Documents of vehicles, trailers and drivers needing renewal: ending within the warning window
     * ({@code fleet.documents.expiry-warning-days}) and already expired, none followed by a renewal (as GET /documents/expiring).
     */
    record Documents(int warningDays, long expiringSoon, long expired) {
    }

    /** Vehicles by status, overall and per kind; every status and kind is present (0 when none). */
    record Vehicles(long total, Map<VehicleStatus, Long> byStatus, Map<VehicleKind, Map<VehicleStatus, Long>> byKind) {
    }

    record Alerts(long dueSoon, long overdue) {
    }

    /** Every vehicle's expenses of the year to date, one total per currency. */
    record Expenses(int year, LocalDate from, LocalDate to, List<CurrencyTotal> totals) {
    }

    record CurrencyTotal(String currency, BigDecimal net, BigDecimal vat, BigDecimal gross, long count) {
    }

    Uni<FleetDashboard> dashboard(String tenantId);
}
