package dev.opsuite.fleet.dashboard.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.costs.application.port.in.RecordVehicleExpenseUseCase.RecordVehicleExpenseCommand;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.dashboard.application.port.in.FleetDashboardQuery.CurrencyTotal;
import dev.opsuite.fleet.dashboard.application.port.in.FleetDashboardQuery.FleetDashboard;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.AddDocumentCommand;
import dev.opsuite.fleet.documents.domain.DocumentType;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.CostInput;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.FormUnitCommand;
import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase.DefineServiceRuleCommand;
import dev.opsuite.fleet.service.application.port.in.OpenServiceRequestUseCase.OpenServiceRequestCommand;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase.StartServiceCommand;
import dev.opsuite.fleet.service.domain.ServiceLocation;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.service.domain.ServiceRequestType;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.service.domain.Workshop;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.RegisterTrailerCommand;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.domain.AssignmentMode;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, "Availability dashboard" ("Cannot see which vehicles are available"): VEH-0045 due for its service at
 * 100,000 km, VEH-0046 past it and in the workshop, a pool Octavia, Jan's unit waiting for its papers, a driver card
 * about to end and a licence already ended, this year's costs per currency. Every figure on fakes, no server.
 */
class FleetDashboardServiceTest {

    static final Actor MANAGER = new Actor("acme", "fleet-manager");

    final InMemoryFleet fleet = new InMemoryFleet("2025-11-05T09:00:00Z", ZoneId.of("Europe/Prague"));

    Vehicle vehicle(String plate, VehicleKind kind, long km) {
        return done(fleet.vehicles.register().register(MANAGER, new Vehicle.Registration(plate, kind, "MAN", "TGX 18.440",
                null, km, kind == VehicleKind.PKV ? AssignmentMode.POOL : null)));
    }

    void serviceEvery100000Km(Vehicle v) {
        done(fleet.service.rules().define(new DefineServiceRuleCommand(MANAGER, new ServiceRule.Definition(v.id(),
                "Major service", 100_000L, null, null, null))));
    }

    ServiceRequest request(Vehicle v, ServiceRequestType type) {
        return done(fleet.service.open().open(new OpenServiceRequestCommand(MANAGER, new ServiceRequest.Opening(v.id(), type,
                null, Workshop.INTERNAL, null, type == ServiceRequestType.EMERGENCY ? new ServiceLocation("D1, km 45", null)
                        : null, "Check", null, null))));
    }

    void expense(Vehicle v, LocalDate on, String currency, VatMode mode, String net) {
        done(fleet.costs.record().record(new RecordVehicleExpenseCommand(MANAGER, v.id(), ExpenseCategory.FUEL, "Diesel",
                on, new CostInput(currency, mode, new BigDecimal(net), null, mode == VatMode.STANDARD ? new BigDecimal("21")
                        : null), "Shell", null)));
    }

    void driverDocument(Driver d, DocumentType type, LocalDate until) {
        done(fleet.documents.manage().add(new AddDocumentCommand(MANAGER, SubjectRef.driver(d.id()), new FleetDocument.Entry(
                type, type.name(), LocalDate.of(2020, 1, 1), until, null))));
    }

    @Test
    void the_dashboard_counts_what_is_available_due_expiring_open_and_spent_this_year() {
        Vehicle veh45 = vehicle("VEH-0045", VehicleKind.LKV, 95_000);
        Vehicle veh46 = vehicle("VEH-0046", VehicleKind.LKV, 130_000);
        vehicle("PKV-0003", VehicleKind.PKV, 20_000);
        serviceEvery100000Km(veh45);
        serviceEvery100000Km(veh46);
        ServiceRequest inWorkshop = request(veh46, ServiceRequestType.PLANNED);
        done(fleet.service.perform().start(new StartServiceCommand(MANAGER, inWorkshop.id(), null)));
        request(veh45, ServiceRequestType.EMERGENCY);

        Driver jan = done(fleet.drivers.manage().register(new RegisterDriverCommand(MANAGER, "Jan Novák", null)));
        fleet.documentStore.holder(SubjectRef.driver(jan.id()), HolderKind.DRIVER, jan.employeeNumber());
        driverDocument(jan, DocumentType.DRIVER_CARD, LocalDate.of(2025, 11, 30));
        driverDocument(jan, DocumentType.DRIVING_LICENCE, LocalDate.of(2025, 10, 31));
        Trailer mega = done(fleet.trailers.manage().register(new RegisterTrailerCommand(MANAGER, "TRL-0007", TrailerType.MEGA,
                "Krone", "Profi Liner")));
        done(fleet.readiness.units().form(new FormUnitCommand(MANAGER, jan.id(), veh45.id(), mega.id())));

        expense(veh45, LocalDate.of(2025, 11, 1), "CZK", VatMode.STANDARD, "2000");
        expense(veh45, LocalDate.of(2025, 6, 1), "EUR", VatMode.EXEMPT, "100");
        expense(veh45, LocalDate.of(2024, 12, 31), "CZK", VatMode.STANDARD, "999");
        int publishedBefore = fleet.events.published().size();

        FleetDashboard dashboard = done(fleet.dashboard.dashboard("acme"));

        assertThat(dashboard.asOf()).isEqualTo(Instant.parse("2025-11-05T09:00:00Z"));
        assertThat(dashboard.vehicles().total()).isEqualTo(3);
        assertThat(dashboard.vehicles().byStatus()).containsEntry(VehicleStatus.ACTIVE, 2L)
                .containsEntry(VehicleStatus.IN_SERVICE, 1L).containsEntry(VehicleStatus.IN_REPAIR, 0L)
                .containsEntry(VehicleStatus.OUT_OF_SERVICE, 0L);
        assertThat(dashboard.vehicles().byKind().get(VehicleKind.LKV)).containsEntry(VehicleStatus.ACTIVE, 1L)
                .containsEntry(VehicleStatus.IN_SERVICE, 1L);
        assertThat(dashboard.vehicles().byKind().get(VehicleKind.PKV)).containsEntry(VehicleStatus.ACTIVE, 1L)
                .containsEntry(VehicleStatus.IN_SERVICE, 0L);
        assertThat(dashboard.transportUnits().active()).isEqualTo(1);
        assertThat(dashboard.transportUnits().ready()).isZero();
        assertThat(dashboard.transportUnits().notReady()).isEqualTo(1);
        assertThat(dashboard.serviceAlerts().dueSoon()).isEqualTo(1);
        assertThat(dashboard.serviceAlerts().overdue()).isEqualTo(1);
        assertThat(dashboard.documents().warningDays()).isEqualTo(30);
        assertThat(dashboard.documents().expiringSoon()).isEqualTo(1);
        assertThat(dashboard.documents().expired()).isEqualTo(1);
        assertThat(dashboard.openServiceRequests()).isEqualTo(Map.of(ServiceRequestStatus.REQUESTED, 1L,
                ServiceRequestStatus.SCHEDULED, 0L, ServiceRequestStatus.IN_PROGRESS, 1L));
        assertThat(dashboard.expensesYearToDate().year()).isEqualTo(2025);
        assertThat(dashboard.expensesYearToDate().from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(dashboard.expensesYearToDate().to()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(dashboard.expensesYearToDate().totals()).extracting(CurrencyTotal::currency)
                .containsExactlyInAnyOrder("CZK", "EUR");
        assertThat(dashboard.expensesYearToDate().totals()).filteredOn(t -> t.currency().equals("CZK")).singleElement()
                .satisfies(t -> {
                    assertThat(t.net()).isEqualByComparingTo("2000");
                    assertThat(t.vat()).isEqualByComparingTo("420");
                    assertThat(t.gross()).isEqualByComparingTo("2420");
                    assertThat(t.count()).isEqualTo(1);
                });
        assertThat(dashboard.expensesYearToDate().totals()).filteredOn(t -> t.currency().equals("EUR")).singleElement()
                .satisfies(t -> assertThat(t.gross()).isEqualByComparingTo("100"));
        // A read announces nothing.
        assertThat(fleet.events.published()).hasSize(publishedBefore);
    }

    @Test
    void a_business_without_a_fleet_sees_every_status_kind_and_open_request_at_zero() {
        vehicle("VEH-0045", VehicleKind.LKV, 95_000);

        FleetDashboard empty = done(fleet.dashboard.dashboard("globex"));

        assertThat(empty.vehicles().total()).isZero();
        assertThat(empty.vehicles().byStatus()).hasSize(VehicleStatus.values().length).allSatisfy((s, n) ->
                assertThat(n).isZero());
        assertThat(empty.vehicles().byKind()).hasSize(VehicleKind.values().length);
        assertThat(empty.openServiceRequests()).hasSize(3).allSatisfy((s, n) -> assertThat(n).isZero());
        assertThat(empty.transportUnits().active()).isZero();
        assertThat(empty.serviceAlerts().dueSoon() + empty.serviceAlerts().overdue()).isZero();
        assertThat(empty.documents().expiringSoon() + empty.documents().expired()).isZero();
        assertThat(empty.expensesYearToDate().totals()).isEmpty();
    }
}
