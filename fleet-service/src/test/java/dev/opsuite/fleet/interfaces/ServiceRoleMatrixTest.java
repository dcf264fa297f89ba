package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.RoleMatrix.DISPATCHER;
import static dev.opsuite.fleet.interfaces.RoleMatrix.EVERYONE;
import static dev.opsuite.fleet.interfaces.RoleMatrix.FM;
import static dev.opsuite.fleet.interfaces.RoleMatrix.HR;
import static dev.opsuite.fleet.interfaces.RoleMatrix.MECHANIC;
import static dev.opsuite.fleet.interfaces.RoleMatrix.VIEWER;
import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LAT;
import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LON;
import static dev.opsuite.fleet.interfaces.ServiceRequests.act;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.completion;
import static dev.opsuite.fleet.interfaces.ServiceRequests.defineRule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.emergency;
import static dev.opsuite.fleet.interfaces.ServiceRequests.expense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.inProgress;
import static dev.opsuite.fleet.interfaces.ServiceRequests.open;
import static dev.opsuite.fleet.interfaces.ServiceRequests.opened;
import static dev.opsuite.fleet.interfaces.ServiceRequests.planned;
import static dev.opsuite.fleet.interfaces.ServiceRequests.provider;
import static dev.opsuite.fleet.interfaces.ServiceRequests.providerBody;
import static dev.opsuite.fleet.interfaces.ServiceRequests.recordExpense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.rule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.vehicle;
import static io.restassured.RestAssured.given;

import dev.opsuite.fleet.interfaces.RoleMatrix.Endpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of service management and vehicle costs, called by every role of the service and
 * without a token: an allowed role succeeds, any other is 403, no token is 401. The matrix is the one
 * of docs/service-and-costs.md.
 */
@QuarkusTest
class ServiceRoleMatrixTest {

    static final String TENANT = "acme";
    static final Set<String> PLANNERS = Set.of(FM, DISPATCHER, HR);
    static final Set<String> WORKSHOP = Set.of(FM, MECHANIC);
    static final Set<String> MANAGER_ONLY = Set.of(FM);
    static final Set<String> COST_READERS = Set.of(FM, DISPATCHER, VIEWER, HR);
    static final Set<String> RULE_KEEPERS = Set.of(FM, HR);

    String vehicleId;
    String requestId;
    String providerId;
    String expenseId;
    String ruleId;

    /** Fixtures the read-only cells share; made once the application is up. */
    @BeforeEach
    void fixtures() {
        vehicleId = vehicle(TENANT, 10_000);
        requestId = opened(TENANT, emergency(vehicleId));
        providerId = provider(TENANT, "Matrix Garage", WROCLAW_LAT, WROCLAW_LON, "4.0", "engine");
        expenseId = recordExpense(as(TENANT, FM), expense(vehicleId, "FUEL", "CZK", "STANDARD", 1000, 21))
                .statusCode(201).extract().path("id");
        ruleId = defineRule(as(TENANT, FM), rule(vehicleId, 15_000L, null)).statusCode(201).extract().path("id");
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /service-requests", PLANNERS, 201,
                        token -> open(token, planned(vehicle(TENANT, 1), null))),
                new Endpoint("GET /service-requests", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/service-requests").then()),
                new Endpoint("GET /service-requests/{id}", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/service-requests/{id}", requestId).then()),
                new Endpoint("POST /service-requests/{id}/workshop", PLANNERS, 200,
                        token -> act(token, opened(TENANT, emergency(vehicleId)), "workshop", Map.of("providerId", providerId))),
                new Endpoint("POST /service-requests/{id}/schedule", PLANNERS, 200,
                        token -> act(token, opened(TENANT, emergency(vehicleId)), "schedule", Map.of("scheduledOn", "2026-12-01"))),
                new Endpoint("POST /service-requests/{id}/start", WORKSHOP, 200,
                        token -> act(token, opened(TENANT, planned(vehicle(TENANT, 1), "2026-12-01")), "start", null)),
                new Endpoint("POST /service-requests/{id}/complete", WORKSHOP, 200,
                        token -> act(token, inProgress(TENANT, vehicle(TENANT, 1)), "complete", completion("Checked", null))),
                new Endpoint("POST /service-requests/{id}/cancel", PLANNERS, 200,
                        token -> act(token, opened(TENANT, emergency(vehicleId)), "cancel", Map.of("reason", "Not needed"))),
                new Endpoint("POST /service-providers", MANAGER_ONLY, 201,
                        token -> given().header("Authorization", token).contentType(ContentType.JSON)
                                .body(providerBody("New Garage", 50.0, 14.0, null, "tyres")).post("/service-providers").then()),
                new Endpoint("GET /service-providers", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/service-providers").then()),
                new Endpoint("GET /service-providers/nearby", EVERYONE, 200,
                        token -> given().header("Authorization", token).queryParam("lat", WROCLAW_LAT)
                                .queryParam("lon", WROCLAW_LON).get("/service-providers/nearby").then()),
                new Endpoint("GET /service-providers/{id}", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/service-providers/{id}", providerId).then()),
                new Endpoint("PATCH /service-providers/{id}", MANAGER_ONLY, 200,
                        token -> given().header("Authorization", token).contentType(ContentType.JSON)
                                .body(Map.of("phone", "+48 71 000 00 01")).patch("/service-providers/{id}", providerId).then()),
                new Endpoint("POST /vehicle-expenses", MANAGER_ONLY, 201,
                        token -> recordExpense(token, expense(vehicleId, "TOLL", "EUR", "STANDARD", 10, 21))),
                new Endpoint("GET /vehicle-expenses", COST_READERS, 200,
                        token -> given().header("Authorization", token).get("/vehicle-expenses").then()),
                new Endpoint("GET /vehicle-expenses/{id}", COST_READERS, 200,
                        token -> given().header("Authorization", token).get("/vehicle-expenses/{id}", expenseId).then()),
                new Endpoint("GET /vehicles/{id}/costs", COST_READERS, 200,
                        token -> given().header("Authorization", token).get("/vehicles/{id}/costs", vehicleId).then()),
                new Endpoint("POST /service-rules", RULE_KEEPERS, 201,
                        token -> defineRule(token, rule(vehicleId, null, 12))),
                new Endpoint("GET /service-rules", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/service-rules").then()),
                new Endpoint("GET /service-rules/{id}", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/service-rules/{id}", ruleId).then()),
                new Endpoint("POST /service-rules/{id}/retire", RULE_KEEPERS, 200,
                        token -> given().header("Authorization", token).post("/service-rules/{id}/retire",
                                defineRule(as(TENANT, FM), rule(vehicleId, 5_000L, null)).statusCode(201).extract()
                                        .<String>path("id")).then()),
                new Endpoint("GET /service-alerts", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/service-alerts").then()),
                new Endpoint("GET /vehicles/{id}/service-alerts", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/vehicles/{id}/service-alerts", vehicleId).then()),
                new Endpoint("GET /fleet-dashboard", COST_READERS, 200,
                        token -> given().header("Authorization", token).get("/fleet-dashboard").then()));
    }

    @TestFactory
    Stream<DynamicTest> every_role_on_every_endpoint() {
        return RoleMatrix.cells(TENANT, endpoints());
    }
}
