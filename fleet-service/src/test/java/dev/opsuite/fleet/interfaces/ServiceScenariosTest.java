package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.KM_OF_LATITUDE;
import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LAT;
import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LON;
import static dev.opsuite.fleet.interfaces.ServiceRequests.act;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.completion;
import static dev.opsuite.fleet.interfaces.ServiceRequests.cost;
import static dev.opsuite.fleet.interfaces.ServiceRequests.decimal;
import static dev.opsuite.fleet.interfaces.ServiceRequests.defineRule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.emergency;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.open;
import static dev.opsuite.fleet.interfaces.ServiceRequests.planned;
import static dev.opsuite.fleet.interfaces.ServiceRequests.provider;
import static dev.opsuite.fleet.interfaces.ServiceRequests.rule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.vehicle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 004, service management, scenarios 1 and 2, through the API, asserting every number the seed gives. */
@QuarkusTest
class ServiceScenariosTest {

    @Test
    void scenario_2_emergency_repair_at_an_external_provider_near_wroclaw() {
        String tenant = ServiceRequests.freshTenant("scenario2");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String vehicleId = vehicle(tenant, "VEH-0045", 95_000);
        String autoServicePl = provider(tenant, "Auto Service PL", WROCLAW_LAT + 5 * KM_OF_LATITUDE, WROCLAW_LON, "4.5",
                "engine", "electrical");
        provider(tenant, "MAN Service Center", WROCLAW_LAT - 12 * KM_OF_LATITUDE, WROCLAW_LON, "4.8", "engine", "man-trucks");
        provider(tenant, "Opony Wrocław", WROCLAW_LAT + 2 * KM_OF_LATITUDE, WROCLAW_LON, "4.9", "tyres");
        provider(tenant, "Truck Hilfe Berlin", 52.52, 13.405, "5.0", "engine");

        // 1-2. A driver reports a strange engine noise; the dispatcher opens an emergency request.
        String dispatcher = as(tenant, "dispatcher");
        JsonPath opened = exact(open(dispatcher, emergency(vehicleId)).statusCode(201).header("ETag", "\"0\""));
        String requestId = opened.getString("id");
        assertThat(opened.getString("number")).isEqualTo("SR-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-000001");
        assertThat(opened.getString("type")).isEqualTo("EMERGENCY");
        assertThat(opened.getString("priority")).isEqualTo("HIGH");
        assertThat(opened.getString("status")).isEqualTo("REQUESTED");
        assertThat(opened.getString("location.description")).isEqualTo("Wrocław, Poland");
        assertThat(decimal(opened, "location.latitude")).isEqualByComparingTo("51.1079");
        assertThat(decimal(opened, "location.longitude")).isEqualByComparingTo("17.0385");
        assertThat(opened.getString("issue")).isEqualTo("Engine noise");
        assertThat(opened.getString("createdBy")).isEqualTo("test-dispatcher");

        // 3. Nearby services: Auto Service PL (5 km) 4.5, MAN Service Center (12 km) 4.8; the tyre shop and Berlin are not.
        JsonPath nearby = exact(given().header("Authorization", dispatcher).queryParam("lat", WROCLAW_LAT)
                .queryParam("lon", WROCLAW_LON).queryParam("radiusKm", 50).queryParam("service", "engine")
                .get("/service-providers/nearby").then().statusCode(200));
        assertThat(nearby.getList("items.name")).containsExactly("Auto Service PL", "MAN Service Center");
        assertThat(nearby.getList("items.distanceKm", BigDecimal.class)).containsExactly(new BigDecimal("5.0"), new BigDecimal("12.0"));
        assertThat(nearby.getList("items.rating", BigDecimal.class)).containsExactly(new BigDecimal("4.5"), new BigDecimal("4.8"));
        assertThat(nearby.getString("items[0].id")).isEqualTo(autoServicePl);
        assertThat(nearby.getString("service")).isEqualTo("engine");

        // 4. The dispatcher selects Auto Service PL.
        act(dispatcher, requestId, "workshop", Map.of("providerId", autoServicePl), "\"0\"").statusCode(200)
                .header("ETag", "\"1\"");

        // The mechanic (at the provider's) starts: the vehicle is in service.
        String mechanic = as(tenant, "mechanic");
        act(mechanic, requestId, "start", null).statusCode(200);
        assertThat(get(mechanic, "/vehicles/{id}", vehicleId).statusCode(200).extract().<String>path("status")).isEqualTo("IN_SERVICE");

        // 5. Completed: invoice 500 EUR, reverse charge; work done: alternator replacement.
        JsonPath done = exact(act(mechanic, requestId, "complete", Map.of("workDone", "Alternator replacement",
                "cost", cost("EUR", "REVERSE_CHARGE", 500, null), "invoiceReference", "FV/2025/11/0456")).statusCode(200));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getString("workDone")).isEqualTo("Alternator replacement");
        assertThat(done.getString("providerId")).isEqualTo(autoServicePl);
        assertThat(done.getString("invoiceReference")).isEqualTo("FV/2025/11/0456");
        assertThat(decimal(done, "cost.net")).isEqualTo(new BigDecimal("500.00"));
        assertThat(decimal(done, "cost.vatRate")).isEqualTo(new BigDecimal("0.00"));
        assertThat(decimal(done, "cost.vat")).isEqualTo(new BigDecimal("0.00"));
        assertThat(decimal(done, "cost.gross")).isEqualTo(new BigDecimal("500.00"));
        String expenseId = done.getString("expenseId");
        assertThat(expenseId).isNotNull();

        // The vehicle is back to active.
        assertThat(get(dispatcher, "/vehicles/{id}", vehicleId).extract().<String>path("status")).isEqualTo("ACTIVE");

        // 6. Expense logged: External Service, 500 EUR, reverse charge (0 %).
        String manager = as(tenant, "fleet-manager");
        JsonPath expense = exact(get(manager, "/vehicle-expenses/{id}", expenseId).statusCode(200));
        assertThat(expense.getString("vehicleId")).isEqualTo(vehicleId);
        assertThat(expense.getString("category")).isEqualTo("EXTERNAL_SERVICE");
        assertThat(expense.getString("currency")).isEqualTo("EUR");
        assertThat(expense.getString("vatMode")).isEqualTo("REVERSE_CHARGE");
        assertThat(decimal(expense, "net")).isEqualTo(new BigDecimal("500.00"));
        assertThat(decimal(expense, "vatRate")).isEqualTo(new BigDecimal("0.00"));
        assertThat(decimal(expense, "vat")).isEqualTo(new BigDecimal("0.00"));
        assertThat(decimal(expense, "gross")).isEqualTo(new BigDecimal("500.00"));
        assertThat(expense.getString("supplier")).isEqualTo("Auto Service PL");
        assertThat(expense.getString("invoiceReference")).isEqualTo("FV/2025/11/0456");
        assertThat(expense.getString("serviceRequestId")).isEqualTo(requestId);
        assertThat(expense.getString("incurredOn")).isEqualTo(today);
        assertThat(expense.getString("description")).isEqualTo(opened.getString("number") + ": Alternator replacement");

        JsonPath costs = exact(get(manager, "/vehicles/{id}/costs", vehicleId).statusCode(200));
        assertThat(costs.getList("totals.currency")).containsExactly("EUR");
        assertThat(decimal(costs, "totals[0].gross")).isEqualTo(new BigDecimal("500.00"));
        assertThat(decimal(costs, "totals[0].vat")).isEqualTo(new BigDecimal("0.00"));
        assertThat(costs.getList("totals[0].byCategory.category")).containsExactly("EXTERNAL_SERVICE");

        // The events: opened, started, completed with its cost; the expense; the vehicle in and out of service.
        var lifecycle = KafkaProbe.read(Topics.SERVICE_REQUEST, r -> r.key().equals(requestId), 3, Duration.ofSeconds(20));
        assertThat(lifecycle).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("service-request-opened", "service-request-started", "service-request-completed");
        JsonPath completed = exact(lifecycle.get(2).value());
        assertThat(decimal(completed, "cost.gross")).isEqualTo(new BigDecimal("500.00"));
        assertThat(completed.getString("cost.vatMode")).isEqualTo("REVERSE_CHARGE");
        assertThat(completed.getString("expenseId")).isEqualTo(expenseId);
        assertThat(KafkaProbe.header(lifecycle.get(2), EventHeaders.TENANT)).isEqualTo(tenant);

        var expenses = KafkaProbe.read(Topics.VEHICLE_EXPENSE, r -> r.key().equals(expenseId), 1, Duration.ofSeconds(20));
        assertThat(expenses).hasSize(1);
        JsonPath recorded = exact(expenses.get(0).value());
        assertThat(recorded.getString("category")).isEqualTo("EXTERNAL_SERVICE");
        assertThat(recorded.getString("registrationNumber")).isEqualTo("VEH-0045");
        assertThat(decimal(recorded, "amount.vat")).isEqualTo(new BigDecimal("0.00"));

        var statuses = KafkaProbe.read(Topics.FLEET_VEHICLE, r -> r.key().equals(vehicleId), 2, Duration.ofSeconds(20));
        assertThat(statuses).extracting(r -> exact(r.value()).getString("previousStatus") + ">" + exact(r.value()).getString("status"))
                .containsExactly("ACTIVE>IN_SERVICE", "IN_SERVICE>ACTIVE");
        assertThat(exact(statuses.get(1).value()).getString("reason"))
                .isEqualTo("Service request " + opened.getString("number") + " completed");
    }

    @Test
    void scenario_1_planned_service_at_the_internal_workshop_when_due_at_100000_km() {
        String tenant = ServiceRequests.freshTenant("scenario1");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String manager = as(tenant, "fleet-manager");
        // 1. Vehicle VEH-0045 has 95,000 km, with a service every 100,000 km.
        String vehicleId = vehicle(tenant, "VEH-0045", 95_000);
        String ruleId = defineRule(manager, rule(vehicleId, 100_000L, null)).statusCode(201)
                .extract().path("id");

        // 2. System alert: "Service due at 100,000 km".
        String viewer = as(tenant, "viewer");
        JsonPath alerts = exact(get(viewer, "/service-alerts").statusCode(200));
        assertThat(alerts.getInt("total")).isEqualTo(1);
        assertThat(alerts.getString("items[0].message")).isEqualTo("Service due at 100,000 km");
        assertThat(alerts.getString("items[0].status")).isEqualTo("DUE_SOON");
        assertThat(alerts.getString("items[0].serviceRuleId")).isEqualTo(ruleId);
        assertThat(alerts.getString("items[0].registrationNumber")).isEqualTo("VEH-0045");
        assertThat(alerts.getLong("items[0].dueAtKm")).isEqualTo(100_000L);
        assertThat(alerts.getLong("items[0].currentKm")).isEqualTo(95_000L);
        assertThat(alerts.getLong("items[0].remainingKm")).isEqualTo(5_000L);
        assertThat(get(viewer, "/vehicles/{id}/service-alerts", vehicleId).statusCode(200).extract().<List<String>>path("message"))
                .containsExactly("Service due at 100,000 km");

        // 3. HR/Admin creates the service request: scheduled maintenance, internal workshop, 2025-11-05.
        Map<String, Object> body = planned(vehicleId, "2025-11-05");
        body.put("serviceRuleId", ruleId);
        body.put("issue", "Service due at 100,000 km");
        JsonPath opened = exact(open(as(tenant, "hr-admin"), body).statusCode(201));
        String requestId = opened.getString("id");
        assertThat(opened.getString("status")).isEqualTo("SCHEDULED");
        assertThat(opened.getString("type")).isEqualTo("PLANNED");
        assertThat(opened.getString("workshop")).isEqualTo("INTERNAL");
        assertThat(opened.getString("priority")).isEqualTo("NORMAL");
        assertThat(opened.getString("scheduledOn")).isEqualTo("2025-11-05");
        assertThat(opened.getString("providerId")).isNull();

        // 4. The mechanic performs the service: oil change, brake inspection, filter replacement.
        String mechanic = as(tenant, "mechanic");
        act(mechanic, requestId, "start", null).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS"));
        assertThat(get(viewer, "/vehicles/{id}", vehicleId).extract().<String>path("status")).isEqualTo("IN_SERVICE");
        // 5. Cost: 3,500 CZK (internal labour and parts; no VAT on internal work).
        Map<String, Object> completion = completion("Oil change, brake inspection, filter replacement",
                cost("CZK", "EXEMPT", 3500, null));
        completion.put("odometerKm", 95_120);
        JsonPath done = exact(act(mechanic, requestId, "complete", completion).statusCode(200));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(decimal(done, "cost.gross")).isEqualTo(new BigDecimal("3500.00"));
        assertThat(done.getLong("odometerKm")).isEqualTo(95_120L);

        // 6. Vehicle status: back to active, at its new mileage.
        JsonPath vehicle = exact(get(viewer, "/vehicles/{id}", vehicleId));
        assertThat(vehicle.getString("status")).isEqualTo("ACTIVE");
        assertThat(vehicle.getLong("odometerKm")).isEqualTo(95_120L);

        JsonPath expense = exact(get(manager, "/vehicle-expenses/{id}", done.getString("expenseId")).statusCode(200));
        assertThat(expense.getString("category")).isEqualTo("INTERNAL_SERVICE");
        assertThat(expense.getString("currency")).isEqualTo("CZK");
        assertThat(expense.getString("vatMode")).isEqualTo("EXEMPT");
        assertThat(decimal(expense, "net")).isEqualTo(new BigDecimal("3500.00"));
        assertThat(decimal(expense, "vat")).isEqualTo(new BigDecimal("0.00"));
        assertThat(decimal(expense, "gross")).isEqualTo(new BigDecimal("3500.00"));
        assertThat(expense.getString("supplier")).isEqualTo("Internal workshop");
        assertThat(expense.getString("incurredOn")).isEqualTo(today);

        // The rule starts again from the service: next due at 195,120 km; no alert any more.
        JsonPath rule = exact(get(viewer, "/service-rules/{id}", ruleId).statusCode(200));
        assertThat(rule.getLong("lastServiceKm")).isEqualTo(95_120L);
        assertThat(rule.getString("lastServiceOn")).isEqualTo(today);
        assertThat(rule.getLong("dueAtKm")).isEqualTo(195_120L);
        assertThat(exact(get(viewer, "/service-alerts").statusCode(200)).getInt("total")).isZero();

        // The dashboard of the business: one active LKV, nothing due, 3,500 CZK spent this year.
        JsonPath dashboard = exact(get(viewer, "/fleet-dashboard").statusCode(200));
        assertThat(dashboard.getInt("vehicles.total")).isEqualTo(1);
        assertThat(dashboard.getInt("vehicles.byStatus.ACTIVE")).isEqualTo(1);
        assertThat(dashboard.getInt("vehicles.byStatus.IN_SERVICE")).isZero();
        assertThat(dashboard.getInt("vehicles.byKind.LKV.ACTIVE")).isEqualTo(1);
        assertThat(dashboard.getInt("vehicles.byKind.PKV.ACTIVE")).isZero();
        assertThat(dashboard.getInt("serviceAlerts.dueSoon")).isZero();
        assertThat(dashboard.getInt("serviceAlerts.overdue")).isZero();
        assertThat(dashboard.getInt("openServiceRequests.IN_PROGRESS")).isZero();
        assertThat(dashboard.getList("expensesYearToDate.totals.currency")).containsExactly("CZK");
        assertThat(decimal(dashboard, "expensesYearToDate.totals[0].gross")).isEqualTo(new BigDecimal("3500.00"));
    }
}
