package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.DISPATCHER;
import static dev.opsuite.fleet.interfaces.UnitRequests.HR;
import static dev.opsuite.fleet.interfaces.UnitRequests.MANAGER;
import static dev.opsuite.fleet.interfaces.UnitRequests.addDocument;
import static dev.opsuite.fleet.interfaces.UnitRequests.disband;
import static dev.opsuite.fleet.interfaces.UnitRequests.formUnit;
import static dev.opsuite.fleet.interfaces.UnitRequests.patch;
import static dev.opsuite.fleet.interfaces.UnitRequests.readyDriver;
import static dev.opsuite.fleet.interfaces.UnitRequests.readyTrailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.readyTruck;
import static dev.opsuite.fleet.interfaces.UnitRequests.today;
import static dev.opsuite.fleet.interfaces.UnitRequests.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit's readiness follows its members' documents and statuses in the same transaction as their
 * change, and every change of readiness (and only such a change) reaches Kafka as
 * transport-unit-readiness-changed, through the outbox and Debezium.
 */
@QuarkusTest
class ReadinessEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    String driver;
    String truck;
    String trailer;
    String unitId;

    /** A ready unit per test, made once the application is up. */
    @BeforeEach
    void readyUnit() {
        driver = readyDriver();
        truck = readyTruck();
        trailer = readyTrailer("STANDARD");
        unitId = formUnit(DISPATCHER, driver, truck, trailer).statusCode(201).body("readyForOrder", equalTo(true))
                .extract().path("id");
    }

    @Test
    void a_document_that_expires_blocks_the_unit_and_its_renewal_frees_it_each_published_once() {
        String insurance = given().header("Authorization", MANAGER).get("/vehicles/{id}/documents", truck).then()
                .extract().path("documents.find { it.type == 'INSURANCE' }.id");

        // The insurance ended yesterday (corrected to its real end date).
        patch(MANAGER, "/vehicles/" + truck + "/documents/" + insurance, null,
                Map.of("validUntil", today().minusDays(1).toString())).statusCode(200).body("validity", equalTo("EXPIRED"));
        unit(DISPATCHER, unitId).statusCode(200)
                .body("readyForOrder", equalTo(false))
                .body("reasons", contains("VEHICLE_DOCUMENTS_EXPIRED"));
        given().header("Authorization", DISPATCHER).queryParam("ready", true).queryParam("vehicleId", truck)
                .get("/transport-units").then().body("total", equalTo(0));

        // A document that changes nothing about readiness publishes nothing.
        addDocument(MANAGER, "vehicles", truck, "KASKO_INSURANCE", today(), today().plusYears(1)).statusCode(201);

        // The renewal.
        addDocument(MANAGER, "vehicles", truck, "INSURANCE", today(), today().plusYears(1)).statusCode(201);
        unit(DISPATCHER, unitId).statusCode(200).body("readyForOrder", equalTo(true)).body("reasons", empty());

        List<JsonPath> events = readinessEvents(3);
        assertThat(events).extracting(e -> e.getString("cause"))
                .containsExactly("UNIT_FORMED", "DOCUMENT_CHANGED", "DOCUMENT_CHANGED");
        assertThat(events).extracting(e -> e.getBoolean("readyForOrder")).containsExactly(true, false, true);
        assertThat(events.get(1).getList("reasons")).containsExactly("VEHICLE_DOCUMENTS_EXPIRED");
        assertThat(events.get(2).getList("reasons")).isEmpty();
        assertThat(events).extracting(e -> e.getLong("unitVersion")).containsExactly(0L, 1L, 2L);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getString("driverId")).isEqualTo(driver);
            assertThat(e.getString("vehicleId")).isEqualTo(truck);
            assertThat(e.getString("trailerId")).isEqualTo(trailer);
            assertThat(e.getString("status")).isEqualTo("ACTIVE");
        });
    }

    @Test
    void the_events_carry_the_suites_headers() {
        ConsumerRecord<String, String> formed = KafkaProbe.read(Topics.FLEET_TRANSPORT_UNIT, r -> unitId.equals(r.key()),
                1, WAIT).get(0);
        assertThat(KafkaProbe.header(formed, EventHeaders.TYPE)).isEqualTo("transport-unit-readiness-changed");
        assertThat(KafkaProbe.header(formed, EventHeaders.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(KafkaProbe.header(formed, EventHeaders.TENANT)).isEqualTo("acme");
        assertThat(KafkaProbe.header(formed, EventHeaders.SOURCE)).isEqualTo("/opsuite/fleet-service");
    }

    @Test
    void a_vehicle_status_change_publishes_vehicle_status_changed_and_blocks_the_unit() {
        patch(MANAGER, "/vehicles/" + truck + "/status", "\"0\"", Map.of("status", "IN_REPAIR", "reason", "Accident on the D1"))
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("IN_REPAIR"));
        patch(MANAGER, "/vehicles/" + truck + "/status", null, Map.of("status", "IN_REPAIR")).statusCode(200)
                .header("ETag", "\"1\"");
        patch(MANAGER, "/vehicles/" + truck + "/status", "\"0\"", Map.of("status", "ACTIVE")).statusCode(412);
        unit(DISPATCHER, unitId).body("reasons", contains("VEHICLE_IN_REPAIR"));

        var statusEvents = KafkaProbe.read(Topics.FLEET_VEHICLE, r -> truck.equals(r.key()), 1, WAIT);
        assertThat(statusEvents).singleElement().satisfies(r -> {
            assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("vehicle-status-changed");
            JsonPath payload = new JsonPath(r.value());
            assertThat(payload.getString("previousStatus")).isEqualTo("ACTIVE");
            assertThat(payload.getString("status")).isEqualTo("IN_REPAIR");
            assertThat(payload.getString("reason")).isEqualTo("Accident on the D1");
            assertThat(payload.getString("kind")).isEqualTo("LKV");
            assertThat(payload.getString("changedBy")).isEqualTo("test-fleet-manager");
        });
        assertThat(readinessEvents(2).get(1).getString("cause")).isEqualTo("VEHICLE_STATUS_CHANGED");

        patch(MANAGER, "/vehicles/" + truck + "/status", null, Map.of("status", "ACTIVE")).statusCode(200);
        unit(DISPATCHER, unitId).body("readyForOrder", equalTo(true));
    }

    @Test
    void service_work_on_the_truck_blocks_the_unit_until_it_is_completed() {
        String request = ServiceRequests.opened(UnitRequests.TENANT, ServiceRequests.planned(truck, "2025-11-05"));

        ServiceRequests.act(ServiceRequests.as(UnitRequests.TENANT, "mechanic"), request, "start", null).statusCode(200);
        unit(DISPATCHER, unitId).body("readyForOrder", equalTo(false)).body("reasons", contains("VEHICLE_IN_SERVICE"));
        given().header("Authorization", DISPATCHER).queryParam("ready", true).queryParam("vehicleId", truck)
                .get("/transport-units").then().statusCode(200).body("total", equalTo(0));

        ServiceRequests.act(ServiceRequests.as(UnitRequests.TENANT, "mechanic"), request, "complete",
                ServiceRequests.completion("Oil change, brake inspection, filters", null)).statusCode(200);
        unit(DISPATCHER, unitId).body("readyForOrder", equalTo(true)).body("reasons", empty());
        assertThat(readinessEvents(3)).extracting(e -> e.getString("cause"))
                .containsExactly("UNIT_FORMED", "VEHICLE_STATUS_CHANGED", "VEHICLE_STATUS_CHANGED");
    }

    @Test
    void a_driver_on_leave_and_a_trailer_in_service_block_the_unit_until_they_are_back() {
        patch(HR, "/drivers/" + driver, null, Map.of("status", "ON_LEAVE")).statusCode(200);
        unit(DISPATCHER, unitId).body("reasons", contains("DRIVER_NOT_ACTIVE"));
        patch(MANAGER, "/trailers/" + trailer + "/status", null, Map.of("status", "IN_SERVICE")).statusCode(200);
        unit(DISPATCHER, unitId).body("reasons", contains("DRIVER_NOT_ACTIVE", "TRAILER_IN_SERVICE"));
        // A change that does not touch readiness (the phone) publishes nothing.
        patch(HR, "/drivers/" + driver, null, Map.of("phone", "+420 777 000 111")).statusCode(200);
        patch(HR, "/drivers/" + driver, null, Map.of("status", "ACTIVE")).statusCode(200);
        patch(MANAGER, "/trailers/" + trailer + "/status", null, Map.of("status", "ACTIVE")).statusCode(200);
        unit(DISPATCHER, unitId).body("readyForOrder", equalTo(true));

        assertThat(readinessEvents(5)).extracting(e -> e.getString("cause")).containsExactly("UNIT_FORMED",
                "DRIVER_CHANGED", "TRAILER_STATUS_CHANGED", "DRIVER_CHANGED", "TRAILER_STATUS_CHANGED");
    }

    @Test
    void a_removed_document_blocks_the_unit_and_disbanding_is_published_too() {
        String card = given().header("Authorization", HR).get("/drivers/{id}/documents", driver).then()
                .extract().path("documents.find { it.type == 'DRIVER_CARD' }.id");
        given().header("Authorization", HR).delete("/drivers/{d}/documents/{c}", driver, card).then().statusCode(204);
        unit(DISPATCHER, unitId).body("reasons", contains("DRIVER_DOCUMENTS_MISSING"));
        disband(DISPATCHER, unitId).statusCode(200);

        List<JsonPath> events = readinessEvents(3);
        assertThat(events).extracting(e -> e.getString("cause"))
                .containsExactly("UNIT_FORMED", "DOCUMENT_CHANGED", "UNIT_DISBANDED");
        assertThat(events.get(2).getString("status")).isEqualTo("DISBANDED");
        assertThat(events.get(2).getList("reasons")).containsExactly("UNIT_DISBANDED");
    }

    @Test
    void a_recompute_of_every_unit_changes_nothing_that_is_up_to_date() {
        String tenant = "recompute-" + UUID.randomUUID();
        String manager = UnitRequests.bearer(tenant, "fleet-manager");
        TenantFleet fleet = TenantFleet.of(manager);
        fleet.readyUnit();
        fleet.unitWithoutDocuments();

        given().header("Authorization", manager).post("/transport-units/readiness-recompute").then().statusCode(200)
                .body("units", equalTo(2))
                .body("changed", equalTo(0));
        given().header("Authorization", UnitRequests.bearer(tenant, "dispatcher"))
                .post("/transport-units/readiness-recompute").then().statusCode(403);
    }

    /** The readiness events of this test's unit, in order, waiting for {@code expected} (and failing on more). */
    private List<JsonPath> readinessEvents(int expected) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.read(Topics.FLEET_TRANSPORT_UNIT,
                r -> unitId.equals(r.key()), expected, WAIT);
        assertThat(records).hasSize(expected).allSatisfy(r ->
                assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("transport-unit-readiness-changed"));
        return records.stream().map(r -> new JsonPath(r.value())).toList();
    }
}
