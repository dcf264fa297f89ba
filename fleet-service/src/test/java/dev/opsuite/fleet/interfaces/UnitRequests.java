package dev.opsuite.fleet.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drivers, trailers, documents and transport units made through the API, as a fleet manager, an
 * HR admin or a dispatcher would. Call only once the application is up (from a test or @BeforeEach).
 */
final class UnitRequests {

    static final String TENANT = VehicleRequests.TENANT;
    static final String MANAGER = VehicleRequests.MANAGER;
    static final String HR = SuiteStack.bearer(TENANT, "hr-admin");
    static final String DISPATCHER = SuiteStack.bearer(TENANT, "dispatcher");
    static final String MECHANIC = SuiteStack.bearer(TENANT, "mechanic");
    static final String VIEWER = SuiteStack.bearer(TENANT, "viewer");

    static final List<String> LKV_DOCUMENTS = List.of("REGISTRATION", "INSURANCE", "ANNUAL_INSPECTION",
            "TACHOGRAPH_CALIBRATION", "CMR_INSURANCE");
    static final List<String> TRAILER_DOCUMENTS = List.of("REGISTRATION", "ANNUAL_INSPECTION");
    static final List<String> DRIVER_DOCUMENTS = List.of("DRIVING_LICENCE", "DRIVER_CARD", "PROFESSIONAL_QUALIFICATION");

    private UnitRequests() {
    }

    /** Today as the service judges documents (fleet.documents.time-zone=UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String bearer(String tenant, String role) {
        return SuiteStack.bearer(tenant, role);
    }

    // Drivers

    static ValidatableResponse registerDriver(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/drivers").then();
    }

    static String driver() {
        return driver(MANAGER);
    }

    static String driver(String token) {
        return registerDriver(token, Map.of("name", "Jan Novák " + shortId(), "phone", "+420 601 234 567"))
                .statusCode(201).extract().path("id");
    }

    static ValidatableResponse patch(String token, String path, String ifMatch, Map<String, Object> body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(body).patch(path).then();
    }

    // Vehicles and trailers

    static String truck() {
        return VehicleRequests.registered(VehicleRequests.truck(VehicleRequests.plate(), 95_000));
    }

    static String car() {
        return VehicleRequests.registered(VehicleRequests.car(VehicleRequests.plate(), "POOL"));
    }

    static ValidatableResponse registerTrailer(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/trailers").then();
    }

    static Map<String, Object> trailerBody(String plate, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("registrationNumber", plate);
        body.put("type", type);
        body.put("make", "Schmitz Cargobull");
        return body;
    }

    static String trailer(String type) {
        return registerTrailer(MANAGER, trailerBody(VehicleRequests.plate(), type)).statusCode(201).extract().path("id");
    }

    // Documents

    static ValidatableResponse addDocument(String token, String holders, String holderId, String type, LocalDate from,
            LocalDate until) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("number", type.substring(0, 3) + "-" + shortId());
        body.put("validFrom", from == null ? null : from.toString());
        if (until != null) {
            body.put("validUntil", until.toString());
        }
        return addDocument(token, holders, holderId, body);
    }

    static ValidatableResponse addDocument(String token, String holders, String holderId, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/{holders}/{id}/documents", holders, holderId).then();
    }

    static String document(String holders, String holderId, String type, LocalDate until) {
        return addDocument(MANAGER, holders, holderId, type, today().minusYears(1), until).statusCode(201)
                .extract().path("id");
    }

    static ValidatableResponse documents(String token, String holders, String holderId) {
        return given().header("Authorization", token).get("/{holders}/{id}/documents", holders, holderId).then();
    }

    /** Every required document of the holder, valid for two more years. */
    static void allDocuments(String holders, String holderId, List<String> types) {
        for (String type : types) {
            document(holders, holderId, type, today().plusYears(2));
        }
    }

    static String readyDriver() {
        String id = driver();
        allDocuments("drivers", id, DRIVER_DOCUMENTS);
        return id;
    }

    static String readyTruck() {
        String id = truck();
        allDocuments("vehicles", id, LKV_DOCUMENTS);
        return id;
    }

    static String readyTrailer(String type) {
        String id = trailer(type);
        allDocuments("trailers", id, TRAILER_DOCUMENTS);
        if ("FRIGO".equals(type)) {
            document("trailers", id, "REFRIGERATION_SERVICE", today().plusYears(1));
        }
        return id;
    }

    // Transport units

    static ValidatableResponse formUnit(String token, String driverId, String vehicleId, String trailerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("driverId", driverId);
        body.put("vehicleId", vehicleId);
        body.put("trailerId", trailerId);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/transport-units").then();
    }

    static String readyUnit() {
        return formUnit(MANAGER, readyDriver(), readyTruck(), readyTrailer("MEGA")).statusCode(201)
                .extract().path("id");
    }

    static ValidatableResponse unit(String token, String id) {
        return given().header("Authorization", token).get("/transport-units/{id}", id).then();
    }

    static ValidatableResponse disband(String token, String id) {
        return given().header("Authorization", token).post("/transport-units/{id}/disband", id).then();
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
