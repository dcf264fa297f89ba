package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LAT;
import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LON;
import static dev.opsuite.fleet.interfaces.ServiceRequests.act;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.completion;
import static dev.opsuite.fleet.interfaces.ServiceRequests.defineRule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.emergency;
import static dev.opsuite.fleet.interfaces.ServiceRequests.expense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.open;
import static dev.opsuite.fleet.interfaces.ServiceRequests.opened;
import static dev.opsuite.fleet.interfaces.ServiceRequests.planned;
import static dev.opsuite.fleet.interfaces.ServiceRequests.provider;
import static dev.opsuite.fleet.interfaces.ServiceRequests.recordExpense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.rule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.vehicle;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Another business's service requests, providers, expenses, rules and vehicles are not found (404), nor listed. */
@QuarkusTest
class ServiceTenancyTest {

    static final String PROBLEM = "https://opsuite.dev/problems/";

    String acme;
    String globex;
    String vehicleId;
    String requestId;
    String providerId;
    String expenseId;
    String ruleId;

    @BeforeEach
    void acmesRecords() {
        acme = ServiceRequests.freshTenant("acme");
        globex = ServiceRequests.freshTenant("globex");
        vehicleId = vehicle(acme, 98_000);
        providerId = provider(acme, "Acme's Garage", WROCLAW_LAT, WROCLAW_LON, "4.2", "engine");
        requestId = opened(acme, emergency(vehicleId));
        expenseId = recordExpense(as(acme, "fleet-manager"), expense(vehicleId, "FUEL", "CZK", "EXEMPT", 100, null))
                .statusCode(201).extract().path("id");
        ruleId = defineRule(as(acme, "fleet-manager"), rule(vehicleId, 100_000L, null)).statusCode(201).extract().path("id");
    }

    @Test
    void another_tenants_records_answer_404() {
        String manager = as(globex, "fleet-manager");

        get(manager, "/service-requests/{id}", requestId).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "service-request-not-found"));
        get(manager, "/service-providers/{id}", providerId).statusCode(404).body("type", equalTo(PROBLEM + "service-provider-not-found"));
        get(manager, "/vehicle-expenses/{id}", expenseId).statusCode(404).body("type", equalTo(PROBLEM + "vehicle-expense-not-found"));
        get(manager, "/service-rules/{id}", ruleId).statusCode(404).body("type", equalTo(PROBLEM + "service-rule-not-found"));
        get(manager, "/vehicles/{id}/costs", vehicleId).statusCode(404).body("type", equalTo(PROBLEM + "vehicle-not-found"));
        get(manager, "/vehicles/{id}/service-alerts", vehicleId).statusCode(404).body("type", equalTo(PROBLEM + "vehicle-not-found"));
    }

    @Test
    void another_tenant_cannot_change_them_either() {
        String manager = as(globex, "fleet-manager");

        act(manager, requestId, "workshop", Map.of("workshop", "INTERNAL")).statusCode(404);
        act(manager, requestId, "schedule", Map.of("scheduledOn", "2026-12-01")).statusCode(404);
        act(manager, requestId, "start", null).statusCode(404);
        act(manager, requestId, "complete", completion("Nothing", null)).statusCode(404);
        act(manager, requestId, "cancel", Map.of("reason", "Mine now")).statusCode(404);
        given().header("Authorization", manager).contentType(ContentType.JSON).body(Map.of("rating", 0))
                .patch("/service-providers/{id}", providerId).then().statusCode(404);
        given().header("Authorization", manager).post("/service-rules/{id}/retire", ruleId).then().statusCode(404);

        String acmeManager = as(acme, "fleet-manager");
        get(acmeManager, "/service-requests/{id}", requestId).statusCode(200).body("status", equalTo("REQUESTED"))
                .header("ETag", "\"0\"");
        get(acmeManager, "/service-providers/{id}", providerId).statusCode(200).body("rating", equalTo(4.2f));
        get(acmeManager, "/service-rules/{id}", ruleId).statusCode(200).body("active", equalTo(true));
        get(acmeManager, "/vehicles/{id}", vehicleId).statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void another_tenants_records_are_not_listed_nor_found_nearby() {
        String manager = as(globex, "fleet-manager");

        get(manager, "/service-requests?size=200").statusCode(200).body("total", equalTo(0));
        get(manager, "/service-providers?size=200").statusCode(200).body("items.id", not(hasItem(providerId)));
        get(manager, "/vehicle-expenses?size=200").statusCode(200).body("total", equalTo(0));
        get(manager, "/service-rules?size=200").statusCode(200).body("total", equalTo(0));
        get(manager, "/service-alerts").statusCode(200).body("total", equalTo(0));
        given().header("Authorization", manager).queryParam("lat", WROCLAW_LAT).queryParam("lon", WROCLAW_LON)
                .get("/service-providers/nearby").then().statusCode(200).body("items.size()", equalTo(0));
        get(manager, "/fleet-dashboard").statusCode(200).body("vehicles.total", equalTo(0))
                .body("serviceAlerts.dueSoon", equalTo(0)).body("expensesYearToDate.totals.size()", equalTo(0));

        String acmeViewer = as(acme, "viewer");
        get(acmeViewer, "/service-requests").statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(requestId));
        get(acmeViewer, "/service-alerts").statusCode(200).body("total", equalTo(1));
        get(acmeViewer, "/fleet-dashboard").statusCode(200).body("vehicles.total", equalTo(1));
    }

    @Test
    void another_tenants_vehicle_provider_or_rule_in_a_body_is_a_422_naming_the_field() {
        String manager = as(globex, "fleet-manager");
        String ownVehicle = vehicle(globex, 1_000);

        open(manager, emergency(vehicleId)).statusCode(422).body("type", equalTo(PROBLEM + "vehicle-not-found"))
                .body("errors.field", hasItem("vehicleId"));
        var withProvider = emergency(ownVehicle);
        withProvider.put("providerId", providerId);
        open(manager, withProvider).statusCode(422).body("type", equalTo(PROBLEM + "provider-not-found"))
                .body("errors.field", hasItem("providerId"));
        var withRule = planned(ownVehicle, null);
        withRule.put("serviceRuleId", ruleId);
        open(manager, withRule).statusCode(422).body("type", equalTo(PROBLEM + "service-rule-not-found"))
                .body("errors.field", hasItem("serviceRuleId"));
        String ownRequest = opened(globex, emergency(ownVehicle));
        act(manager, ownRequest, "workshop", Map.of("providerId", providerId)).statusCode(422)
                .body("errors.field", hasItem("providerId"));
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "EXEMPT", 1, null)).statusCode(422)
                .body("errors.field", hasItem("vehicleId"));
        defineRule(manager, rule(vehicleId, 1_000L, null)).statusCode(422).body("errors.field", hasItem("vehicleId"));
    }
}
