package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.act;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.completion;
import static dev.opsuite.fleet.interfaces.ServiceRequests.cost;
import static dev.opsuite.fleet.interfaces.ServiceRequests.defineRule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.emergency;
import static dev.opsuite.fleet.interfaces.ServiceRequests.expense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.inProgress;
import static dev.opsuite.fleet.interfaces.ServiceRequests.open;
import static dev.opsuite.fleet.interfaces.ServiceRequests.providerBody;
import static dev.opsuite.fleet.interfaces.ServiceRequests.recordExpense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.rule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.vehicle;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Malformed requests are 400 and rule-breaking ones 422, each problem naming the field or parameter at fault. */
@QuarkusTest
class ServiceValidationTest {

    static final String TENANT = "acme";
    static final String PROBLEM = "https://opsuite.dev/problems/";

    String manager;
    String vehicleId;

    @BeforeEach
    void vehicle() {
        manager = as(TENANT, "fleet-manager");
        vehicleId = ServiceRequests.vehicle(TENANT, 50_000);
    }

    @Test
    void a_service_request_without_its_fields_is_400_naming_each() {
        open(manager, Map.of()).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation-failed"))
                .body("errors.field", hasItems("vehicleId", "type", "workshop", "issue"));

        var body = emergency(vehicleId);
        body.put("type", "URGENT");
        open(manager, body).statusCode(400).body("errors.field", hasItem("type"));

        body = emergency(vehicleId);
        body.put("scheduledOn", "2025-13-01");
        open(manager, body).statusCode(400).body("errors.field", hasItem("scheduledOn"));

        body = emergency(vehicleId);
        body.put("location", Map.of("description", " ", "latitude", 91, "longitude", 17));
        open(manager, body).statusCode(400).body("errors.field", hasItems("location.description", "location.latitude"));
    }

    @Test
    void a_location_with_half_its_coordinates_is_422_naming_the_missing_one() {
        var halfCoordinates = emergency(vehicleId);
        halfCoordinates.put("location", Map.of("description", "D1 km 45", "latitude", 49.5));
        open(manager, halfCoordinates).statusCode(422).body("type", equalTo(PROBLEM + "coordinates-incomplete"))
                .body("errors.field", hasItem("location.longitude"));
    }

    @Test
    void a_refused_completion_is_named_and_rolls_back_the_request_and_the_vehicle() {
        String id = inProgress(TENANT, vehicleId);
        String mechanic = as(TENANT, "mechanic");

        act(mechanic, id, "complete", Map.of("cost", cost("eur", "STANDARD", 100, 21))).statusCode(400)
                .body("errors.field", hasItems("workDone", "cost.currency"));
        act(mechanic, id, "complete", completion("Oil", cost("EUR", "SOMETIMES", 100, null))).statusCode(400)
                .body("errors.field", hasItem("cost.vatMode"));
        act(mechanic, id, "complete", completion("Oil", cost("EUR", "STANDARD", 100, null))).statusCode(422)
                .body("type", equalTo(PROBLEM + "vat-rate-required")).body("errors.field", hasItem("cost.vatRate"));
        // Refused after the request and the vehicle were changed in its transaction: both roll back.
        Map<String, Object> lowerMileage = completion("Oil", null);
        lowerMileage.put("odometerKm", 49_999);
        act(mechanic, id, "complete", lowerMileage).statusCode(422).body("type", equalTo(PROBLEM + "odometer-decreased"))
                .body("errors.field", hasItem("odometerKm"));

        get(manager, "/service-requests/{id}", id).body("status", equalTo("IN_PROGRESS")).body("cost", equalTo(null));
        get(manager, "/vehicles/{id}", vehicleId).body("status", equalTo("IN_SERVICE")).body("odometerKm", equalTo(50_000));
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).body("total", equalTo(0));
    }

    @Test
    void plan_actions_need_their_fields() {
        String id = ServiceRequests.opened(TENANT, emergency(vehicleId));
        act(manager, id, "workshop", Map.of()).statusCode(400).body("type", equalTo(PROBLEM + "workshop-required"))
                .body("errors.field", hasItem("workshop"));
        act(manager, id, "workshop", Map.of("workshop", "GARAGE")).statusCode(400).body("errors.field", hasItem("workshop"));
        act(manager, id, "workshop", Map.of("providerId", UUID.randomUUID().toString())).statusCode(422)
                .body("type", equalTo(PROBLEM + "provider-not-found")).body("errors.field", hasItem("providerId"));
        act(manager, id, "schedule", Map.of()).statusCode(400).body("errors.field", hasItem("scheduledOn"));
        act(manager, id, "cancel", Map.of("reason", "")).statusCode(400).body("errors.field", hasItem("reason"));
        act(manager, id, "start", null, "nonsense").statusCode(400).body("errors.field", hasItem("If-Match"));
    }

    @Test
    void provider_fields_are_checked_by_name() {
        var body = providerBody("Bad Garage", 51.0, 17.0, null, "engine");
        body.put("rating", 4.55);
        body.put("services", List.of());
        body.remove("latitude");
        body.put("phone", "call me");
        postProvider(body).statusCode(400).body("errors.field", hasItems("rating", "services", "latitude", "phone"));

        var tooGood = providerBody("Too Good", 51.0, 17.0, "5.5", "engine");
        postProvider(tooGood).statusCode(400).body("errors.field", hasItem("rating"));
        var badTag = providerBody("Tagged", 51.0, 17.0, "4.0", "engine", "oil/filters");
        postProvider(badTag).statusCode(422).body("type", equalTo(PROBLEM + "invalid-service")).body("errors.field", hasItem("services[1]"));

        String id = postProvider(providerBody("Good Garage", 51.0, 17.0, "4.0", "engine")).statusCode(201).extract().path("id");
        patchProvider(id, Map.of("tenantId", "globex")).statusCode(400).body("type", equalTo(PROBLEM + "unknown-field"))
                .body("errors.field", hasItem("tenantId"));
        patchProvider(id, Map.of("latitude", 50.0)).statusCode(422).body("errors.field", hasItem("longitude"));
        patchProvider(id, Map.of("name", " ")).statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void nearby_parameters_are_checked_by_name() {
        nearby(Map.of("lon", "17")).statusCode(400).body("errors.field", hasItem("lat"));
        nearby(Map.of("lat", "51")).statusCode(400).body("errors.field", hasItem("lon"));
        nearby(Map.of("lat", "north", "lon", "17")).statusCode(400).body("type", equalTo(PROBLEM + "malformed-parameter"))
                .body("errors.field", hasItem("lat"));
        nearby(Map.of("lat", "91", "lon", "17")).statusCode(400).body("errors.field", hasItem("lat"));
        nearby(Map.of("lat", "51", "lon", "17", "radiusKm", "0")).statusCode(400).body("errors.field", hasItem("radiusKm"));
        nearby(Map.of("lat", "51", "lon", "17", "radiusKm", "5000")).statusCode(400).body("errors.field", hasItem("radiusKm"));
        nearby(Map.of("lat", "51", "lon", "17", "limit", "0")).statusCode(400).body("errors.field", hasItem("limit"));
        nearby(Map.of("lat", "51", "lon", "17", "radiusKm", "NaN")).statusCode(400).body("errors.field", hasItem("radiusKm"));
    }

    @Test
    void expense_and_rule_fields_are_checked_by_name() {
        var missing = new HashMap<String, Object>(Map.of("vehicleId", vehicleId, "category", "BUS"));
        recordExpense(manager, missing).statusCode(400).body("errors.field", hasItem("category"));
        recordExpense(manager, Map.of("vehicleId", vehicleId)).statusCode(400)
                .body("errors.field", hasItems("category", "description", "incurredOn", "currency", "vatMode"));
        var future = expense(vehicleId, "FUEL", "CZK", "EXEMPT", 10, null);
        future.put("incurredOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        recordExpense(manager, future).statusCode(422).body("type", equalTo(PROBLEM + "incurred-in-future"))
                .body("errors.field", hasItem("incurredOn"));
        var noAmount = expense(vehicleId, "FUEL", "CZK", "EXEMPT", null, null);
        noAmount.remove("net");
        recordExpense(manager, noAmount).statusCode(422).body("type", equalTo(PROBLEM + "amount-required"))
                .body("errors.field", hasItem("net"));
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "EXEMPT", -1, null)).statusCode(400)
                .body("errors.field", hasItem("net"));

        defineRule(manager, rule(vehicleId, null, null)).statusCode(422).body("type", equalTo(PROBLEM + "interval-required"))
                .body("errors.field", hasItem("intervalKm"));
        defineRule(manager, rule(vehicleId, 0L, -1)).statusCode(400).body("errors.field", hasItems("intervalKm", "intervalMonths"));
        defineRule(manager, Map.of("intervalKm", 1000)).statusCode(400).body("errors.field", hasItems("vehicleId", "name"));
    }

    @Test
    void list_parameters_are_checked_by_name() {
        get(manager, "/service-requests?status=DONE").statusCode(400).body("errors.field", hasItem("status"));
        get(manager, "/service-requests?vehicleId=abc").statusCode(400).body("errors.field", hasItem("vehicleId"));
        get(manager, "/service-requests?orderBy=issue").statusCode(400).body("errors.field", hasItem("orderBy"));
        get(manager, "/service-providers?active=maybe").statusCode(400).body("errors.field", hasItem("active"));
        get(manager, "/vehicle-expenses?category=FOOD").statusCode(400).body("errors.field", hasItem("category"));
        get(manager, "/vehicle-expenses?incurredFrom=yesterday").statusCode(400).body("errors.field", hasItem("incurredFrom"));
        get(manager, "/vehicle-expenses?incurredFrom=2026-02-01&incurredTo=2026-01-01").statusCode(400)
                .body("errors.field", hasItem("incurredTo"));
        get(manager, "/vehicles/{id}/costs?year=last", vehicleId).statusCode(400).body("errors.field", hasItem("year"));
        get(manager, "/vehicles/{id}/costs?year=2999", vehicleId).statusCode(400).body("errors.field", hasItem("year"));
        get(manager, "/service-alerts?status=LATE").statusCode(400).body("errors.field", hasItem("status"));
        get(manager, "/service-alerts?orderBy=dueOn").statusCode(400).body("errors.field", hasItem("orderBy"));
        get(manager, "/service-alerts?size=0").statusCode(400).body("errors.field", hasItem("size"));
    }

    private static ValidatableResponse postProvider(Map<String, Object> body) {
        return given().header("Authorization", as(TENANT, "fleet-manager")).contentType(ContentType.JSON).body(body)
                .post("/service-providers").then();
    }

    private static ValidatableResponse patchProvider(String id, Map<String, Object> body) {
        return given().header("Authorization", as(TENANT, "fleet-manager")).contentType(ContentType.JSON).body(body)
                .patch("/service-providers/{id}", id).then();
    }

    private static ValidatableResponse nearby(Map<String, String> params) {
        return given().header("Authorization", as(TENANT, "dispatcher")).queryParams(params).get("/service-providers/nearby").then();
    }
}
