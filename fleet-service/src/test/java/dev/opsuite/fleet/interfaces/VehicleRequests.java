package dev.opsuite.fleet.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request builders for the vehicle endpoints, as a client would call them. */
final class VehicleRequests {

    static final String TENANT = "acme";
    static final String MANAGER = SuiteStack.bearer(TENANT, "fleet-manager");

    private VehicleRequests() {
    }

    /** A registration number no other test uses. */
    static String plate() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> truck(String plate, long km) {
        Map<String, Object> body = new HashMap<>();
        body.put("registrationNumber", plate);
        body.put("kind", "LKV");
        body.put("make", "MAN");
        body.put("model", "TGX 18.440");
        body.put("odometerKm", km);
        return body;
    }

    static Map<String, Object> car(String plate, String assignmentMode) {
        Map<String, Object> body = truck(plate, 1200);
        body.put("kind", "PKV");
        body.put("make", "Škoda");
        body.put("model", "Octavia");
        if (assignmentMode != null) {
            body.put("assignmentMode", assignmentMode);
        }
        return body;
    }

    static ValidatableResponse register(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/vehicles").then();
    }

    static String registered(Map<String, Object> body) {
        return register(MANAGER, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse get(String token, String id) {
        return given().header("Authorization", token).get("/vehicles/{id}", id).then();
    }

    static ValidatableResponse reading(String token, String id, String ifMatch, Object km, String readAt) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("odometerKm", km);
        body.put("readAt", readAt);
        return request.body(body).post("/vehicles/{id}/odometer-readings", id).then();
    }
}
