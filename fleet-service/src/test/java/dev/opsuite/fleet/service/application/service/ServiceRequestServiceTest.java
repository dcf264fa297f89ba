package dev.opsuite.fleet.service.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpenseRecorded;
import dev.opsuite.fleet.kernel.CostInput;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery.ServiceRequestFilter;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.NearbySearch;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.RegisterProviderCommand;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.UpdateProviderCommand;
import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase.DefineServiceRuleCommand;
import dev.opsuite.fleet.service.application.port.in.OpenServiceRequestUseCase.OpenServiceRequestCommand;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase.CompleteServiceCommand;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase.StartServiceCommand;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase.AssignWorkshopCommand;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase.CancelServiceRequestCommand;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase.ScheduleServiceCommand;
import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.service.domain.NearbyProviders;
import dev.opsuite.fleet.service.domain.ServiceAlert;
import dev.opsuite.fleet.service.domain.ServicePriority;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.fleet.service.domain.ServiceLocation;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestCancelled;
import dev.opsuite.fleet.service.domain.ServiceRequestCompleted;
import dev.opsuite.fleet.service.domain.ServiceRequestOpened;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.service.domain.ServiceRequestType;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.service.domain.Workshop;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.vehicles.domain.VehicleStatusChanged;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, "Service Management": scenario 1 (VEH-0045 at 95,000 km, service due at 100,000 km, planned at the
 * internal workshop on 2025-11-05, 3,500 CZK, back to ACTIVE) and scenario 2 (an engine noise near Wrocław, Auto
 * Service PL 5 km away chosen over MAN Service Center at 12 km, 500 EUR reverse charge). Use cases on fakes.
 */
class ServiceRequestServiceTest {

    static final Actor HR_ADMIN = new Actor("acme", "hr-admin");
    static final Actor DISPATCHER = new Actor("acme", "dispatcher");
    static final Actor MECHANIC = new Actor("acme", "mechanic");
    static final Actor MANAGER = new Actor("acme", "fleet-manager");
    static final GeoPoint WROCLAW = new GeoPoint(51.1079, 17.0385);
    static final double KM_OF_LATITUDE = 1 / 111.19492664455873;

    final InMemoryFleet fleet = new InMemoryFleet("2025-11-05T07:00:00Z", ZoneId.of("Europe/Prague"));
    final ServiceWiring.Service service = fleet.service;
    final Vehicle truck = done(fleet.vehicles.register().register(MANAGER, new Vehicle.Registration("VEH-0045",
            VehicleKind.LKV, "MAN", "TGX 18.440", null, 95_000, null)));

    ServiceRule everyHundredThousandKm() {
        return done(service.rules().define(new DefineServiceRuleCommand(MANAGER, new ServiceRule.Definition(truck.id(),
                "Major service", 100_000L, null, null, null))));
    }

    ServiceRequest planned(UUID ruleId) {
        return done(service.open().open(new OpenServiceRequestCommand(HR_ADMIN, new ServiceRequest.Opening(truck.id(),
                ServiceRequestType.PLANNED, null, Workshop.INTERNAL, null, null, "Service due at 100,000 km",
                LocalDate.of(2025, 11, 5), ruleId))));
    }

    ServiceRequest engineNoise() {
        return done(service.open().open(new OpenServiceRequestCommand(DISPATCHER, new ServiceRequest.Opening(truck.id(),
                ServiceRequestType.EMERGENCY, null, Workshop.EXTERNAL, null, new ServiceLocation("Wrocław, Poland", WROCLAW),
                "Engine noise", null, null))));
    }

    ServiceProvider provider(String name, double kmNorth, String rating, String... services) {
        return done(service.providers().register(new RegisterProviderCommand(MANAGER, new ServiceProvider.Listing(name,
                name + ", Wrocław", new GeoPoint(WROCLAW.latitude() + kmNorth * KM_OF_LATITUDE, WROCLAW.longitude()),
                new BigDecimal(rating), List.of(services), null))));
    }

    VehicleStatus truckStatus() {
        return done(fleet.vehicles.find().vehicle("acme", truck.id())).status();
    }

    @Test
    void scenario_1_planned_service_at_the_internal_workshop_when_due_at_100000_km() {
        // 1-2. VEH-0045 has 95,000 km: "Service due at 100,000 km".
        ServiceRule rule = everyHundredThousandKm();
        assertThat(done(service.rules().fleetAlerts("acme"))).singleElement().satisfies(a -> {
            assertThat(a.message()).isEqualTo("Service due at 100,000 km");
            assertThat(a.status()).isEqualTo(ServiceAlert.Status.DUE_SOON);
            assertThat(a.dueAtKm()).isEqualTo(100_000L);
            assertThat(a.currentKm()).isEqualTo(95_000L);
            assertThat(a.remainingKm()).isEqualTo(5_000L);
            assertThat(a.registrationNumber()).isEqualTo("VEH-0045");
        });

        // 3. HR/Admin: scheduled maintenance, internal workshop, 2025-11-05.
        ServiceRequest request = planned(rule.id());
        assertThat(request.number()).isEqualTo("SR-2025-000001");
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.SCHEDULED);
        assertThat(request.priority()).isEqualTo(ServicePriority.NORMAL);

        // 4. The mechanic performs it: the truck is in service.
        done(service.perform().start(new StartServiceCommand(MECHANIC, request.id(), null)));
        assertThat(truckStatus()).isEqualTo(VehicleStatus.IN_SERVICE);
        // 5. 3,500 CZK (internal labour and parts, no VAT); 6. back to ACTIVE at its new mileage.
        ServiceRequest completed = done(service.perform().complete(new CompleteServiceCommand(MECHANIC, request.id(), null,
                "Oil change, brake inspection, filter replacement", new CostInput("CZK", VatMode.EXEMPT,
                        new BigDecimal("3500"), null, null), null, 95_120L)));
        assertThat(completed.status()).isEqualTo(ServiceRequestStatus.COMPLETED);
        Vehicle after = done(fleet.vehicles.find().vehicle("acme", truck.id()));
        assertThat(after.status()).isEqualTo(VehicleStatus.ACTIVE);
        assertThat(after.odometerKm()).isEqualTo(95_120L);

        assertThat(fleet.expenseStore.all()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(completed.expenseId());
            assertThat(e.entry().category()).isEqualTo(ExpenseCategory.INTERNAL_SERVICE);
            assertThat(e.entry().amount().gross()).isEqualByComparingTo("3500");
            assertThat(e.entry().amount().vat()).isEqualByComparingTo("0");
            assertThat(e.entry().supplier()).isEqualTo("Internal workshop");
            assertThat(e.entry().incurredOn()).isEqualTo(LocalDate.of(2025, 11, 5));
            assertThat(e.entry().description()).isEqualTo("SR-2025-000001: Oil change, brake inspection, filter replacement");
        });
        // The rule counts again from the service: due at 195,120 km, no alert.
        ServiceRule restarted = done(service.rules().rule("acme", rule.id()));
        assertThat(restarted.dueAtKm()).isEqualTo(195_120L);
        assertThat(restarted.lastServiceOn()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(done(service.rules().fleetAlerts("acme"))).isEmpty();

        assertThat(fleet.events.published()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "ServiceRequestOpened", "ServiceRequestStarted", "VehicleStatusChanged", "VehicleStatusChanged",
                "VehicleExpenseRecorded", "ServiceRequestCompleted");
        assertThat(fleet.events.published(ServiceRequestOpened.class).get(0).registrationNumber()).isEqualTo("VEH-0045");
        assertThat(fleet.events.published(VehicleStatusChanged.class)).extracting(e -> e.previousStatus() + ">" + e.status())
                .containsExactly("ACTIVE>IN_SERVICE", "IN_SERVICE>ACTIVE");
        assertThat(fleet.events.published(VehicleStatusChanged.class).get(1).reason())
                .isEqualTo("Service request SR-2025-000001 completed");
        assertThat(fleet.events.published(ServiceRequestCompleted.class).get(0).outcome().expenseId())
                .isEqualTo(completed.expenseId());
    }

    @Test
    void scenario_2_emergency_repair_at_an_external_provider_near_wroclaw() {
        ServiceProvider autoServicePl = provider("Auto Service PL", 5, "4.5", "engine", "electrical");
        provider("MAN Service Center", -12, "4.8", "engine", "man-trucks");
        provider("Opony Wrocław", 2, "4.9", "tyres");
        done(service.providers().register(new RegisterProviderCommand(MANAGER, new ServiceProvider.Listing(
                "Truck Hilfe Berlin", "Berlin", new GeoPoint(52.52, 13.405), new BigDecimal("5.0"), List.of("engine"),
                null))));

        // 1-2. "Strange engine noise": an emergency, HIGH by default.
        ServiceRequest request = engineNoise();
        assertThat(request.priority()).isEqualTo(ServicePriority.HIGH);
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.REQUESTED);

        // 3. Nearby: Auto Service PL (5 km) 4.5, MAN Service Center (12 km) 4.8; not the tyre shop, not Berlin.
        List<NearbyProviders.Nearby> nearby = done(service.providers().nearby("acme", new NearbySearch(WROCLAW, 50,
                "Engine", 10)));
        assertThat(nearby).extracting(n -> n.provider().name()).containsExactly("Auto Service PL", "MAN Service Center");
        assertThat(nearby).extracting(NearbyProviders.Nearby::distanceKm).containsExactly(new BigDecimal("5.0"),
                new BigDecimal("12.0"));

        // 4. The dispatcher selects Auto Service PL; 5. work done, 500 EUR reverse charge.
        done(service.plan().assignWorkshop(new AssignWorkshopCommand(DISPATCHER, request.id(), null, Workshop.EXTERNAL,
                autoServicePl.id())));
        done(service.perform().start(new StartServiceCommand(MECHANIC, request.id(), null)));
        ServiceRequest completed = done(service.perform().complete(new CompleteServiceCommand(MECHANIC, request.id(), null,
                "Alternator replacement", new CostInput("EUR", VatMode.REVERSE_CHARGE, new BigDecimal("500"), null, null),
                "FV/2025/11/0456", null)));

        // 6. Expense logged: external service, 0 % VAT.
        assertThat(fleet.expenseStore.all()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(completed.expenseId());
            assertThat(e.entry().category()).isEqualTo(ExpenseCategory.EXTERNAL_SERVICE);
            assertThat(e.entry().amount().currency()).isEqualTo("EUR");
            assertThat(e.entry().amount().vatMode()).isEqualTo(VatMode.REVERSE_CHARGE);
            assertThat(e.entry().amount().gross()).isEqualByComparingTo("500");
            assertThat(e.entry().amount().vat()).isEqualByComparingTo("0");
            assertThat(e.entry().supplier()).isEqualTo("Auto Service PL");
            assertThat(e.entry().invoiceReference()).isEqualTo("FV/2025/11/0456");
        });
        assertThat(truckStatus()).isEqualTo(VehicleStatus.ACTIVE);
        assertThat(fleet.events.published(VehicleExpenseRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.registrationNumber()).isEqualTo("VEH-0045"));
        assertThat(fleet.events.published(ServiceRequestCompleted.class)).hasSize(1);
    }

    @Test
    void cancelling_work_in_progress_gives_the_truck_back_and_a_cancelled_plan_leaves_it_alone() {
        ServiceRequest scheduled = planned(null);
        ServiceRequest emergency = engineNoise();
        done(service.plan().assignWorkshop(new AssignWorkshopCommand(DISPATCHER, emergency.id(), null, Workshop.INTERNAL,
                null)));
        done(service.perform().start(new StartServiceCommand(MECHANIC, emergency.id(), null)));

        done(service.plan().cancel(new CancelServiceRequestCommand(DISPATCHER, scheduled.id(), null, "Moved to spring")));
        assertThat(truckStatus()).isEqualTo(VehicleStatus.IN_SERVICE);
        ServiceRequest stopped = done(service.plan().cancel(new CancelServiceRequestCommand(DISPATCHER, emergency.id(), null,
                " False alarm ")));
        assertThat(stopped.status()).isEqualTo(ServiceRequestStatus.CANCELLED);
        assertThat(truckStatus()).isEqualTo(VehicleStatus.ACTIVE);

        assertThat(fleet.events.published(ServiceRequestCancelled.class)).extracting(ServiceRequestCancelled::previousStatus)
                .containsExactly(ServiceRequestStatus.SCHEDULED, ServiceRequestStatus.IN_PROGRESS);
        assertThat(fleet.events.published(VehicleStatusChanged.class)).extracting(e -> e.previousStatus() + ">" + e.status())
                .containsExactly("ACTIVE>IN_SERVICE", "IN_SERVICE>ACTIVE");
        assertThat(fleet.events.published(VehicleStatusChanged.class).get(1).reason())
                .isEqualTo("Service request SR-2025-000002 cancelled");
        assertThat(refused(service.plan().cancel(new CancelServiceRequestCommand(DISPATCHER, emergency.id(), null, "Again")))
                .kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(fleet.expenseStore.all()).isEmpty();
    }

    @Test
    void work_out_of_turn_and_references_outside_the_business_are_refused() {
        ServiceRequest emergency = engineNoise();
        Rejection noWorkshop = refused(service.perform().start(new StartServiceCommand(MECHANIC, emergency.id(), null)));
        assertThat(noWorkshop.code()).isEqualTo("provider-not-selected");
        assertThat(noWorkshop.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(refused(service.perform().complete(new CompleteServiceCommand(MECHANIC, emergency.id(), null, "Done", null,
                null, null))).code()).isEqualTo("service-request-not-started");
        assertThat(refused(service.plan().schedule(new ScheduleServiceCommand(DISPATCHER, emergency.id(), 7L,
                LocalDate.of(2025, 11, 6)))).kind()).isEqualTo(Rejection.Kind.STALE);

        ServiceProvider closed = provider("Auto Service PL", 5, "4.5", "engine");
        done(service.providers().update(new UpdateProviderCommand(MANAGER, closed.id(), null, null, null, null, null, null,
                null, false)));
        assertThat(refused(service.plan().assignWorkshop(new AssignWorkshopCommand(DISPATCHER, emergency.id(), null,
                Workshop.EXTERNAL, closed.id()))).code()).isEqualTo("provider-inactive");
        assertThat(done(service.providers().nearby("acme", new NearbySearch(WROCLAW, 50, null, 10)))).isEmpty();

        Vehicle other = done(fleet.vehicles.register().register(MANAGER, new Vehicle.Registration("VEH-0046",
                VehicleKind.LKV, "Scania", "R450", null, 10_000, null)));
        ServiceRule othersRule = done(service.rules().define(new DefineServiceRuleCommand(MANAGER, new ServiceRule.Definition(
                other.id(), "Oil", 30_000L, null, null, null))));
        Rejection othersRuleNamed = refused(service.open().open(new OpenServiceRequestCommand(HR_ADMIN,
                new ServiceRequest.Opening(truck.id(), ServiceRequestType.PLANNED, null, Workshop.INTERNAL, null, null, "Oil",
                        null, othersRule.id()))));
        assertThat(othersRuleNamed.code()).isEqualTo("service-rule-of-another-vehicle");
        assertThat(othersRuleNamed.field()).isEqualTo("serviceRuleId");
        assertThat(othersRuleNamed.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        Rejection noVehicle = refused(service.open().open(new OpenServiceRequestCommand(HR_ADMIN, new ServiceRequest.Opening(
                UUID.randomUUID(), ServiceRequestType.PLANNED, null, Workshop.INTERNAL, null, null, "Oil", null, null))));
        assertThat(noVehicle.code()).isEqualTo("vehicle-not-found");
        assertThat(noVehicle.field()).isEqualTo("vehicleId");
        assertThat(noVehicle.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(refused(service.find().serviceRequest("globex", emergency.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(fleet.events.published()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ServiceRequestOpened");
    }

    @Test
    void a_completion_with_a_bad_cost_or_a_lower_mileage_is_refused_by_name_and_changes_nothing() {
        ServiceRequest request = planned(null);
        done(service.perform().start(new StartServiceCommand(MECHANIC, request.id(), null)));

        record Bad(String code, String field, CostInput cost, Long odometerKm) {
        }
        List<Bad> completions = List.of(
                new Bad("vat-rate-required", "cost.vatRate", cost("EUR", VatMode.STANDARD, "100", null, null), null),
                new Bad("vat-rate-not-allowed", "cost.vatRate", cost("EUR", VatMode.REVERSE_CHARGE, "100", null, "21"), null),
                new Bad(null, "cost.currency", cost("XYZ", VatMode.EXEMPT, "100", null, null), null),
                new Bad("too-many-decimals", "cost.net", cost("EUR", VatMode.EXEMPT, "10.005", null, null), null),
                new Bad(null, "cost.gross", cost("EUR", VatMode.EXEMPT, "100", "100", null), null),
                new Bad("odometer-decreased", "odometerKm", null, 94_999L));
        for (Bad bad : completions) {
            // A cost is computed before the use case answers; a mileage is checked on the vehicle it loads.
            Rejection refusal = refused(() -> done(service.perform().complete(new CompleteServiceCommand(MECHANIC,
                    request.id(), null, "Oil", bad.cost(), null, bad.odometerKm()))));
            assertThat(refusal.field()).as(bad.field()).isEqualTo(bad.field());
            assertThat(refusal.kind()).as(bad.field()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            if (bad.code() != null) {
                assertThat(refusal.code()).isEqualTo(bad.code());
            }
        }

        ServiceRequest unchanged = done(service.find().serviceRequest("acme", request.id()));
        assertThat(unchanged.status()).isEqualTo(ServiceRequestStatus.IN_PROGRESS);
        assertThat(unchanged.cost()).isNull();
        // The vehicle's own rollback is the transaction's: ServiceValidationTest proves it through the stack.
        assertThat(fleet.expenseStore.all()).isEmpty();
        assertThat(fleet.events.published(ServiceRequestCompleted.class)).isEmpty();
    }

    static CostInput cost(String currency, VatMode vatMode, String net, String gross, String vatRate) {
        return new CostInput(currency, vatMode, net == null ? null : new BigDecimal(net),
                gross == null ? null : new BigDecimal(gross), vatRate == null ? null : new BigDecimal(vatRate));
    }

    @Test
    void a_retired_rule_raises_no_alert_and_an_overdue_one_comes_first() {
        ServiceRule major = everyHundredThousandKm();
        done(service.rules().define(new DefineServiceRuleCommand(MANAGER, new ServiceRule.Definition(truck.id(), "Oil",
                30_000L, null, 60_000L, LocalDate.of(2025, 1, 10)))));

        List<ServiceAlert> alerts = done(service.rules().vehicleAlerts("acme", truck.id()));
        assertThat(alerts).extracting(ServiceAlert::ruleName).containsExactly("Oil", "Major service");
        assertThat(alerts.get(0).status()).isEqualTo(ServiceAlert.Status.OVERDUE);
        assertThat(alerts.get(0).message()).isEqualTo("Service overdue: due at 90,000 km");

        done(service.rules().retire(MANAGER, major.id(), null));
        assertThat(refused(service.rules().retire(MANAGER, major.id(), null)).code()).isEqualTo("service-rule-retired");
        assertThat(done(service.rules().fleetAlerts("acme"))).extracting(ServiceAlert::ruleName).containsExactly("Oil");
        assertThat(done(service.rules().rules("acme", truck.id(), true, new PageRequest(1, 20, "name", true))).total())
                .isEqualTo(1);
        assertThat(refused(service.rules().vehicleAlerts("acme", UUID.randomUUID())).kind())
                .isEqualTo(Rejection.Kind.NOT_FOUND);
    }

    @Test
    void open_requests_are_counted_by_status_and_found_by_filter() {
        planned(null);
        ServiceRequest emergency = engineNoise();
        ServiceRequest cancelled = engineNoise();
        done(service.plan().cancel(new CancelServiceRequestCommand(DISPATCHER, cancelled.id(), null, "Duplicate")));

        assertThat(done(service.find().countOpen("acme"))).isEqualTo(Map.of(ServiceRequestStatus.SCHEDULED, 1L,
                ServiceRequestStatus.REQUESTED, 1L));
        assertThat(done(service.find().serviceRequests("acme", new ServiceRequestFilter(truck.id(),
                Set.of(ServiceRequestStatus.REQUESTED), ServiceRequestType.EMERGENCY, null, null, null),
                new PageRequest(1, 20, "number", true))).items()).extracting(ServiceRequest::id)
                .containsExactly(emergency.id());
        assertThat(done(service.find().countOpen("globex"))).isEmpty();
    }
}
