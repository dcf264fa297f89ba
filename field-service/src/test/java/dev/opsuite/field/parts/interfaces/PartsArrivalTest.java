package dev.opsuite.field.parts.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's exception path from field's side, inventory's events sent as inventory sends them: a job waiting on parts
 * is released when its part arrives on its technician's truck (held there, or received by transfer), not when it is
 * held on another truck, and the board suggests the follow-up visit. A reservation without a location is asked of the
 * truck of the job's technician.
 */
@QuarkusTest
class PartsArrivalTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final String shop = "arrival-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(shop, "owner");
    final String partsManager = SuiteStack.bearer(shop, "parts-manager");
    final String tom = SuiteStack.bearer(shop, "technician"); // signs in as test-technician
    final UUID tomsTruck = UUID.randomUUID();
    final UUID petrsTruck = UUID.randomUUID();
    final UUID capacitor = UUID.randomUUID();

    @Test
    void a_part_held_on_another_truck_keeps_the_job_waiting_its_receipt_into_the_truck_releases_it_with_a_follow_up() {
        String tomId = technician("test-technician", tomsTruck);
        technician(FieldRequests.uniqueUser("petr"), petrsTruck);
        String job = waitingOnParts(tomId);

        // The parts manager finds the capacitor on Petr's truck and has inventory hold it for the job.
        String held = given().header("Authorization", partsManager).contentType(ContentType.JSON)
                .body(Map.of("productId", capacitor.toString(), "quantity", 1, "locationId", petrsTruck.toString()))
                .post("/jobs/{id}/part-reservations", job).then().statusCode(201).extract().path("id");
        send(Topics.PART_RESERVATION_OUTCOME, held, "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":1,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:02Z"}""".formatted(held, job, UUID.randomUUID(),
                capacitor, petrsTruck));
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", partsManager)
                .get("/jobs/{id}/part-reservations", job).then().body("items[0].status", equalTo("CONFIRMED")));
        job(job).body("status", equalTo("WAITING_ON_PARTS"));
        given().header("Authorization", owner).get("/jobs/{id}/follow-up", job).then().statusCode(404)
                .contentType("application/problem+json");

        // Transferred to Tom's truck and received there.
        stockOnTruck(tomsTruck, capacitor, 1, "TRANSFER_IN");

        await().atMost(PATIENCE).untilAsserted(() -> job(job).body("status", equalTo("READY_TO_SCHEDULE")));
        JsonPath followUp = given().header("Authorization", owner).get("/jobs/{id}/follow-up", job).then().statusCode(200)
                .extract().jsonPath();
        assertThat(followUp.getString("technicianId")).isEqualTo(tomId);
        assertThat(followUp.getString("productId")).isEqualTo(capacitor.toString());
        Instant start = Instant.parse(followUp.getString("start"));
        Instant end = Instant.parse(followUp.getString("end"));
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(60));
        assertThat(start).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(start.getEpochSecond() % (15 * 60)).as("on the quarter hour").isZero();
        LocalTime from = start.atOffset(ZoneOffset.UTC).toLocalTime();
        LocalTime to = end.atOffset(ZoneOffset.UTC).toLocalTime();
        assertThat(from).as("within Tom's 07:00-17:00").isBetween(LocalTime.of(7, 0), LocalTime.of(16, 0));
        assertThat(to).isBetween(LocalTime.of(8, 0), LocalTime.of(17, 0));

        // The board shows it with the unassigned job; booking it takes the suggestion off.
        given().header("Authorization", owner).queryParam("from", start.minus(Duration.ofHours(1)).toString())
                .queryParam("to", end.toString()).get("/board").then().statusCode(200)
                .body("unassigned.find { it.id == '%s' }.suggestedFollowUp.technicianId".formatted(job), equalTo(tomId));
        FieldRequests.assign(owner, job, tomId, start.toString()).statusCode(201);
        job(job).body("status", equalTo("SCHEDULED"));
        given().header("Authorization", owner).get("/jobs/{id}/follow-up", job).then().statusCode(404);
    }

    @Test
    void a_part_held_on_the_jobs_own_truck_releases_it_and_an_empty_delivery_releases_nothing() {
        String tomId = technician("test-technician", tomsTruck);
        String job = waitingOnParts(tomId);

        stockOnTruck(tomsTruck, capacitor, 0, "TRANSFER_IN"); // a receipt that left nothing available is no arrival
        UUID filter = UUID.randomUUID();
        // The same truck's next report (an adjustment, no receipt): read after the one before it.
        stockOnTruck(tomsTruck, filter, 4, "ADJUSTMENT");
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", owner).get("/trucks/{id}/stock", tomsTruck)
                .then().body("items.find { it.productId == '%s' }.available".formatted(filter), equalTo(4.0f)));
        job(job).body("status", equalTo("WAITING_ON_PARTS"));
        String held = given().header("Authorization", tom).contentType(ContentType.JSON)
                .body(Map.of("productId", capacitor.toString(), "quantity", 1))
                .post("/jobs/{id}/part-reservations", job).then().statusCode(201)
                .body("locationId", equalTo(tomsTruck.toString())).extract().path("id");
        send(Topics.PART_RESERVATION_OUTCOME, held, "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":1,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:02Z"}""".formatted(held, job, UUID.randomUUID(),
                capacitor, tomsTruck));

        await().atMost(PATIENCE).untilAsserted(() -> job(job).body("status", equalTo("READY_TO_SCHEDULE")));
        given().header("Authorization", owner).get("/jobs/{id}/history", job).then().statusCode(200)
                .body("statusChanges[-1].from", equalTo("WAITING_ON_PARTS"))
                .body("statusChanges[-1].by", equalTo("parts-arrival"));
        // The unit held for the job is on Tom's truck though none is available there: Tom is the one to go.
        given().header("Authorization", owner).get("/jobs/{id}/follow-up", job).then().statusCode(200)
                .body("technicianId", equalTo(tomId));
    }

    @Test
    void a_technician_without_a_truck_has_the_job_released_when_the_part_is_held_anywhere() {
        String tomId = technician("test-technician", null);
        String job = waitingOnParts(tomId);
        UUID warehouse = UUID.randomUUID();
        String held = given().header("Authorization", partsManager).contentType(ContentType.JSON)
                .body(Map.of("productId", capacitor.toString(), "quantity", 1, "locationId", warehouse.toString()))
                .post("/jobs/{id}/part-reservations", job).then().statusCode(201).extract().path("id");
        send(Topics.PART_RESERVATION_OUTCOME, held, "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":1,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:02Z"}""".formatted(held, job, UUID.randomUUID(),
                capacitor, warehouse));

        await().atMost(PATIENCE).untilAsserted(() -> job(job).body("status", equalTo("READY_TO_SCHEDULE")));
        // No truck holds it, so no one is suggested: the dispatcher books the follow-up by hand.
        given().header("Authorization", owner).get("/jobs/{id}/follow-up", job).then().statusCode(404);
    }

    private String technician(String userId, UUID truck) {
        Map<String, Object> body = new HashMap<>(FieldRequests.technician(userId, "HVAC", 2));
        if (truck != null) {
            body.put("truck", Map.of("vehicleId", UUID.randomUUID().toString(), "truckLocationId", truck.toString()));
        }
        return FieldRequests.registerTechnician(owner, body).statusCode(201).extract().path("id");
    }

    /** A furnace job Tom started and found a part missing for. */
    private String waitingOnParts(String tomId) {
        String call = FieldRequests.openCall(owner, FieldRequests.call(FieldRequests.customerId(owner, "Carla", "555-0300"),
                "HIGH", null)).statusCode(201).extract().path("id");
        String job = FieldRequests.createJob(owner, call, FieldRequests.job("Furnace", "HVAC", 2, 60)).statusCode(201)
                .extract().path("id");
        FieldRequests.assign(owner, job, tomId, "2026-06-02T09:00:00Z").statusCode(201);
        given().header("Authorization", tom).post("/my/jobs/{id}/start", job).then().statusCode(200);
        given().header("Authorization", tom).contentType(ContentType.JSON).body(Map.of("waitingFor", "1x capacitor 45/5"))
                .post("/my/jobs/{id}/waiting-on-parts", job).then().statusCode(200);
        return job;
    }

    private io.restassured.response.ValidatableResponse job(String job) {
        return given().header("Authorization", owner).get("/jobs/{id}", job).then().statusCode(200);
    }

    private void stockOnTruck(UUID truck, UUID product, int available, String kind) {
        PartsCalls.stockLevel(shop, truck, product, available, kind);
    }

    private void send(String topic, String key, String type, String payload) {
        KafkaProbe.send(topic, key, payload, Map.of(EventHeaders.ID, UUID.randomUUID().toString(), EventHeaders.TYPE, type,
                EventHeaders.SCHEMA_VERSION, "1", EventHeaders.TENANT, shop, EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/inventory-transfer-service", EventHeaders.SPEC_VERSION, "1.0"));
    }
}
