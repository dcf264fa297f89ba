package dev.opsuite.fleet.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request builders for service management and vehicle costs, as a client would call them. */
final class ServiceRequests {

    /** Wrocław city centre (seed 004, scenario 2). */
    static final double WROCLAW_LAT = 51.1079;
    static final double WROCLAW_LON = 17.0385;
    /** One km of latitude in degrees on the 6371 km sphere (1 / 111.19493). */
    static final double KM_OF_LATITUDE = 1 / 111.19492664455873;

    private ServiceRequests() {
    }

    /** A business no other test uses, so that its lists and counts hold exactly what the test made. */
    static String freshTenant(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String as(String tenant, String role) {
        return SuiteStack.bearer(tenant, role);
    }

    /** A heavy truck registered by the tenant's fleet manager; answers its id. */
    static String vehicle(String tenant, String plate, long km) {
        return given().header("Authorization", as(tenant, "fleet-manager")).contentType(ContentType.JSON)
                .body(VehicleRequests.truck(plate, km)).post("/vehicles").then().statusCode(201).extract().path("id");
    }

    static String vehicle(String tenant, long km) {
        return vehicle(tenant, VehicleRequests.plate(), km);
    }

    static Map<String, Object> providerBody(String name, double lat, double lon, String rating, String... services) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("address", name + " street 1");
        body.put("latitude", lat);
        body.put("longitude", lon);
        if (rating != null) {
            body.put("rating", new BigDecimal(rating));
        }
        body.put("services", List.of(services));
        body.put("phone", "+48 71 123 45 67");
        return body;
    }

    static String provider(String tenant, String name, double lat, double lon, String rating, String... services) {
        return given().header("Authorization", as(tenant, "fleet-manager")).contentType(ContentType.JSON)
                .body(providerBody(name, lat, lon, rating, services)).post("/service-providers").then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> emergency(String vehicleId) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehicleId", vehicleId);
        body.put("type", "EMERGENCY");
        body.put("priority", "HIGH");
        body.put("workshop", "EXTERNAL");
        body.put("location", new HashMap<>(Map.of("description", "Wrocław, Poland", "latitude", WROCLAW_LAT,
                "longitude", WROCLAW_LON)));
        body.put("issue", "Engine noise");
        return body;
    }

    static Map<String, Object> planned(String vehicleId, String scheduledOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehicleId", vehicleId);
        body.put("type", "PLANNED");
        body.put("workshop", "INTERNAL");
        body.put("issue", "Scheduled maintenance");
        if (scheduledOn != null) {
            body.put("scheduledOn", scheduledOn);
        }
        return body;
    }

    static ValidatableResponse open(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/service-requests").then();
    }

    static String opened(String tenant, Map<String, Object> body) {
        return open(as(tenant, "fleet-manager"), body).statusCode(201).extract().path("id");
    }

    /** POST /service-requests/{id}/{action} with an optional body and If-Match. */
    static ValidatableResponse act(String token, String id, String action, Object body, String ifMatch) {
        var request = given().header("Authorization", token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/service-requests/{id}/" + action, id).then();
    }

    static ValidatableResponse act(String token, String id, String action, Object body) {
        return act(token, id, action, body, null);
    }

    static Map<String, Object> cost(String currency, String vatMode, Object net, Object vatRate) {
        Map<String, Object> cost = new HashMap<>();
        cost.put("currency", currency);
        cost.put("vatMode", vatMode);
        cost.put("net", net);
        if (vatRate != null) {
            cost.put("vatRate", vatRate);
        }
        return cost;
    }

    static Map<String, Object> completion(String workDone, Map<String, Object> cost) {
        Map<String, Object> body = new HashMap<>();
        body.put("workDone", workDone);
        if (cost != null) {
            body.put("cost", cost);
        }
        return body;
    }

    /** A request of a fresh vehicle taken to IN_PROGRESS at the internal workshop; answers its id. */
    static String inProgress(String tenant, String vehicleId) {
        String id = opened(tenant, planned(vehicleId, "2025-11-05"));
        act(as(tenant, "mechanic"), id, "start", null).statusCode(200);
        return id;
    }

    static Map<String, Object> expense(String vehicleId, String category, String currency, String vatMode, Object net,
            Object vatRate) {
        Map<String, Object> body = new HashMap<>(cost(currency, vatMode, net, vatRate));
        body.put("vehicleId", vehicleId);
        body.put("category", category);
        body.put("description", category + " for " + vehicleId.substring(0, 8));
        body.put("incurredOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        return body;
    }

    static ValidatableResponse recordExpense(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/vehicle-expenses").then();
    }

    static Map<String, Object> rule(String vehicleId, Long intervalKm, Integer intervalMonths) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehicleId", vehicleId);
        body.put("name", "Regular service");
        if (intervalKm != null) {
            body.put("intervalKm", intervalKm);
        }
        if (intervalMonths != null) {
            body.put("intervalMonths", intervalMonths);
        }
        return body;
    }

    static ValidatableResponse defineRule(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/service-rules").then();
    }

    static ValidatableResponse get(String token, String path, Object... params) {
        return given().header("Authorization", token).get(path, params).then();
    }

    /** Numbers as the exact decimals they were sent as (RestAssured reads them as floats otherwise). */
    static JsonPath exact(ValidatableResponse response) {
        return new JsonPath(response.extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static JsonPath exact(String json) {
        return new JsonPath(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal decimal(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
