package dev.opsuite.fleet.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Trip tickets and the "who was driving" lookup, as a dispatcher or fleet manager would call them. */
final class TripRequests {

    private TripRequests() {
    }

    static String manager(String tenant) {
        return SuiteStack.bearer(tenant, "fleet-manager");
    }

    static String driver(String tenant, String name) {
        return UnitRequests.registerDriver(manager(tenant), Map.of("name", name)).statusCode(201).extract().path("id");
    }

    static String truck(String tenant, String plate, long km) {
        return VehicleRequests.register(manager(tenant), VehicleRequests.truck(plate, km)).statusCode(201).extract().path("id");
    }

    static String car(String tenant) {
        return VehicleRequests.register(manager(tenant), VehicleRequests.car(VehicleRequests.plate(), "POOL")).statusCode(201)
                .extract().path("id");
    }

    static String trailer(String tenant) {
        return UnitRequests.registerTrailer(manager(tenant), UnitRequests.trailerBody(VehicleRequests.plate(), "MEGA"))
                .statusCode(201).extract().path("id");
    }

    static Map<String, Object> ticket(String vehicleId, String driverId, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehicleId", vehicleId);
        body.put("driverId", driverId);
        body.put("plannedFrom", from);
        body.put("plannedTo", to);
        body.put("origin", "Praha");
        body.put("destination", "Brno");
        body.put("via", List.of("Jihlava"));
        body.put("purpose", "Delivery");
        return body;
    }

    static Map<String, Object> ticket(String vehicleId, String driverId, Instant from, Instant to) {
        return ticket(vehicleId, driverId, from.toString(), to.toString());
    }

    static ValidatableResponse issue(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/trip-tickets").then();
    }

    static String issued(String tenant, Map<String, Object> body) {
        return issue(manager(tenant), body).statusCode(201).extract().path("id");
    }

    static Map<String, Object> closing(long odometerIn, String returnedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("odometerIn", odometerIn);
        body.put("returnedAt", returnedAt);
        return body;
    }

    static ValidatableResponse close(String token, String id, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/trip-tickets/{id}/close", id).then();
    }

    static ValidatableResponse cancel(String token, String id, String reason) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/trip-tickets/{id}/cancel", id).then();
    }

    static ValidatableResponse driverAt(String token, String vehicleId, String at) {
        var request = given().header("Authorization", token);
        if (at != null) {
            request.queryParam("at", at);
        }
        return request.get("/vehicles/{id}/driver-at", vehicleId).then();
    }
}
