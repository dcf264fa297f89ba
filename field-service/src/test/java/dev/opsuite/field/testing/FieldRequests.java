package dev.opsuite.field.testing;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Request builders for the REST tests, as a client would call the API. */
public final class FieldRequests {

    public static final String TENANT = "acme";
    public static final String CSR = SuiteStack.bearer(TENANT, "csr");

    private FieldRequests() {
    }

    public static Map<String, Object> customer(String name, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        body.put("serviceAddress", new HashMap<>(Map.of("line1", "12 Elm St", "city", "Springfield", "postalCode", "12345")));
        return body;
    }

    public static ValidatableResponse createCustomer(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/customers").then();
    }

    public static String customerId(String token, String name, String phone) {
        return createCustomer(token, customer(name, phone)).statusCode(201).extract().path("id");
    }

    public static Map<String, Object> call(String customerId, String urgency, String callbackOf) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId);
        body.put("problem", "No heat in the living room");
        body.put("urgency", urgency);
        if (callbackOf != null) {
            body.put("callbackOf", callbackOf);
        }
        return body;
    }

    public static ValidatableResponse openCall(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/service-calls").then();
    }

    /** A call of a new customer, opened by the CSR: its id. */
    public static String callId() {
        return openCall(CSR, call(customerId(CSR, "Ann Lee", "555-0100"), "HIGH", null)).statusCode(201).extract().path("id");
    }

    public static Map<String, Object> job(String title, String trade, int skillLevel, int expectedMinutes) {
        return new HashMap<>(Map.of("title", title, "trade", trade, "skillLevel", skillLevel, "expectedMinutes",
                expectedMinutes));
    }

    public static ValidatableResponse createJob(String token, String callId, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/service-calls/{id}/jobs", callId).then();
    }

    public static Map<String, Object> location(String label, String accessNotes) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("address", new HashMap<>(Map.of("line1", "1 Lake Rd", "city", "Springfield", "postalCode", "12345")));
        if (accessNotes != null) {
            body.put("accessNotes", accessNotes);
        }
        return body;
    }

    public static ValidatableResponse addLocation(String token, String customerId, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/customers/{id}/locations", customerId).then();
    }

    /** A technician body: the login, a skill, weekday hours 07:00-17:00 UTC, no truck. */
    public static Map<String, Object> technician(String userId, String trade, int level) {
        Map<String, Object> body = new HashMap<>();
        body.put("userId", userId);
        body.put("name", "Tech " + userId);
        body.put("skills", List.of(Map.of("trade", trade, "level", level)));
        body.put("workingHours", Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .map(day -> Map.of("weekday", day, "from", "07:00", "to", "17:00")).toList());
        return body;
    }

    public static ValidatableResponse registerTechnician(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/technicians").then();
    }

    /** A user id no other test takes. */
    public static String uniqueUser(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new job of a new call: its id. */
    public static String jobId(String trade, int level, int expectedMinutes) {
        return createJob(CSR, callId(), job("Work", trade, level, expectedMinutes)).statusCode(201).extract().path("id");
    }

    /** A new technician of acme with that skill, working 07:00-17:00 UTC every day: its id. */
    public static String technicianId(String trade, int level) {
        return registerTechnician(SuiteStack.bearer(TENANT, "admin"), technician(uniqueUser("tech"), trade, level))
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse assign(String token, String jobId, String technicianId, String start) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("jobId", jobId, "technicianId", technicianId, "start", start))
                .post("/board/appointments").then();
    }
}
