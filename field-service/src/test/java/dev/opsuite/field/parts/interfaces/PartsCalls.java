package dev.opsuite.field.parts.interfaces;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.awaitility.Awaitility;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The parts endpoints as a client calls them, and inventory's answers as inventory sends them. */
final class PartsCalls {

    private PartsCalls() {
    }

    /** A technician of the owner's business who signs in as {@code userId}: its id. */
    static String technician(String owner, String userId) {
        return FieldRequests.registerTechnician(owner, FieldRequests.technician(userId, "HVAC", 2)).statusCode(201)
                .extract().path("id");
    }

    /** A technician of the owner's business who signs in as {@code userId} and drives {@code truck}: its id. */
    static String technician(String owner, String userId, UUID truck) {
        Map<String, Object> body = FieldRequests.technician(userId, "HVAC", 2);
        body.put("truck", Map.of("vehicleId", UUID.randomUUID().toString(), "truckLocationId", truck.toString()));
        return FieldRequests.registerTechnician(owner, body).statusCode(201).extract().path("id");
    }

    /**
     * A job of the business started by its technician, who signs in as the technician token's login (test-technician)
     * and drives {@code truck}: the job parts are fitted on. One per business (the login is the business's only one).
     */
    static UUID startedJob(String tenant, UUID truck) {
        String owner = SuiteStack.bearer(tenant, "owner");
        String job = jobOf(owner, technician(owner, "test-technician", truck), "2026-06-02T09:00:00Z");
        start(SuiteStack.bearer(tenant, "technician"), job);
        return UUID.fromString(job);
    }

    static void start(String technician, Object job) {
        given().header("Authorization", technician).post("/my/jobs/{id}/start", job).then().statusCode(200);
    }

    /** The technician fits a part on their job (a capacitor's SKU unless the body names one). */
    static ValidatableResponse fitted(String technician, Object job, Map<String, Object> body) {
        Map<String, Object> json = strings(body);
        json.putIfAbsent("sku", "CAP-45");
        return given().header("Authorization", technician).contentType(ContentType.JSON).body(json)
                .post("/my/jobs/{id}/parts", job).then();
    }

    /** A job of the tenant on the board of a technician of its own, for calls whose point is not who works it. */
    static UUID openJob(String tenant) {
        String owner = SuiteStack.bearer(tenant, "owner");
        return UUID.fromString(jobOf(owner, technician(owner, FieldRequests.uniqueUser("tech")), "2026-06-02T09:00:00Z"));
    }

    /** A new job of a new call, on the technician's board at {@code start}: its id. */
    static String jobOf(String owner, String technicianId, String start) {
        String call = FieldRequests.openCall(owner, FieldRequests.call(FieldRequests.customerId(owner, "Carla", "555-0300"),
                "HIGH", null)).statusCode(201).extract().path("id");
        String job = FieldRequests.createJob(owner, call, FieldRequests.job("Furnace", "HVAC", 2, 60)).statusCode(201)
                .extract().path("id");
        FieldRequests.assign(owner, job, technicianId, start).statusCode(201);
        return job;
    }

    static ValidatableResponse reserve(String token, Object job, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(strings(body))
                .post("/jobs/{id}/part-reservations", job).then();
    }

    static ValidatableResponse cancel(String token, Object reservation, String reason) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/part-reservations/{id}/cancel", reservation).then();
    }

    static ValidatableResponse ofJob(String token, Object job) {
        return given().header("Authorization", token).get("/jobs/{id}/part-reservations", job).then().statusCode(200);
    }

    static Map<String, Object> strings(Map<String, Object> body) {
        Map<String, Object> json = new HashMap<>();
        body.forEach((k, v) -> json.put(k, v instanceof UUID ? v.toString() : v));
        return json;
    }

    /** Inventory holds {@code quantity} of the reservation on the location. */
    static void confirmed(String tenant, String reservation, Object job, UUID product, int quantity, UUID location) {
        answer(tenant, reservation, "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":%d,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:02Z"}""".formatted(reservation, job, UUID.randomUUID(),
                product, quantity, location));
    }

    static void answer(String tenant, String reservation, String type, String payload) {
        KafkaProbe.send(Topics.PART_RESERVATION_OUTCOME, reservation, payload, headers(tenant, type));
    }

    static Map<String, String> headers(String tenant, String type) {
        return Map.of(EventHeaders.ID, UUID.randomUUID().toString(), EventHeaders.TYPE, type, EventHeaders.SCHEMA_VERSION,
                "1", EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/inventory-transfer-service", EventHeaders.SPEC_VERSION, "1.0");
    }

    /**
     * Inventory's stock level of {@code truck} after a movement of {@code kind} (ADJUSTMENT; TRANSFER_IN is a goods
     * receipt, heard as an arrival).
     */
    static void stockLevel(String tenant, UUID truck, UUID product, int available, String kind) {
        KafkaProbe.send(Topics.STOCK_LEVEL, truck.toString(), """
                {"stockLevelId":"%s","locationId":"%s","locationType":"TRUCK","vehicleId":"%s","productId":"%s",
                 "onHand":%d,"reserved":0,"available":%d,"inTransit":0,"unitCost":18.5,"currency":"EUR",
                 "movements":[{"movementId":"%s","kind":"%s","quantity":1,"reservedChange":0,
                   "inTransitChange":0,"unitCost":18.5,"value":18.50,"reason":null,
                   "referenceType":"stock-adjustment","referenceId":"%s"}],
                 "occurredAt":"%s"}""".formatted(UUID.randomUUID(), truck, UUID.randomUUID(), product, available,
                available, UUID.randomUUID(), kind, UUID.randomUUID(), Instant.now()), headers(tenant, "stock-level-changed"));
    }

    /** The truck has {@code available} of the product, once field has heard it from inventory ({@code token} reads it). */
    static void truckHolds(String tenant, String token, UUID truck, UUID product, int available) {
        stockLevel(tenant, truck, product, available, "ADJUSTMENT");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", token)
                .get("/trucks/{id}/stock", truck).then().statusCode(200)
                .body("items.find { it.productId == '%s' }.available".formatted(product), equalTo((float) available)));
    }
}
