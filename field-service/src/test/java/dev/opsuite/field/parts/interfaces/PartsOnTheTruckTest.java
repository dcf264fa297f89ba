package dev.opsuite.field.parts.interfaces;

import static dev.opsuite.field.parts.interfaces.PartsCalls.ofJob;
import static dev.opsuite.field.parts.interfaces.PartsCalls.reserve;
import static dev.opsuite.field.parts.interfaces.PartsCalls.fitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Parts on the truck through field-service's API and Kafka. Inventory is not running here: its events (stock levels,
 * answers to reservations) are sent as inventory sends them; inventory's own test (PartRequestEventsConsumerTest)
 * decides the race for the last unit against its real stock.
 */
@QuarkusTest
class PartsOnTheTruckTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String TENANT = "acme";
    static final String JANA = SuiteStack.bearer(TENANT, "technician");
    static final String PARTS_MANAGER = SuiteStack.bearer(TENANT, "parts-manager");

    final UUID truck = UUID.randomUUID();
    final UUID capacitor = UUID.randomUUID();

    @Test
    void truck_stock_is_inventorys_newest_report_for_truck_locations_only() {
        UUID warehouse = UUID.randomUUID();
        stockLevel(truck, "TRUCK", 3, "2026-12-05T08:05:00Z");
        stockLevel(truck, "TRUCK", 5, "2026-12-05T08:00:00Z"); // older, arriving late
        stockLevel(warehouse, "WAREHOUSE", 40, "2026-12-05T08:00:00Z");

        await().atMost(PATIENCE).untilAsserted(() -> truckStock(truck).body("items.size()", equalTo(1))
                .body("items[0].productId", equalTo(capacitor.toString())));
        // The late, older report is consumed after the newer one: give it time, then the newer one still stands.
        UUID sentinel = UUID.randomUUID();
        stockLevel(sentinel, "TRUCK", 1, "2026-12-05T08:10:00Z");
        await().atMost(PATIENCE).untilAsserted(() -> truckStock(sentinel).body("items.size()", equalTo(1)));
        truckStock(truck).body("items[0].onHand", equalTo(3.0f)).body("items[0].unitCost", equalTo(18.5f));
        truckStock(warehouse).body("items.size()", equalTo(0));
    }

    @Test
    void two_technicians_ask_for_the_last_unit_one_is_confirmed_one_rejected() throws Exception {
        UUID janasJob = PartsCalls.openJob(TENANT);
        UUID petrsJob = PartsCalls.openJob(TENANT);
        List<String> asked = Race.all(List.<Callable<String>>of(
                () -> reserve(PARTS_MANAGER, janasJob, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                        .statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id"),
                () -> reserve(PARTS_MANAGER, petrsJob, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                        .statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id")));

        // Both requests travel to inventory, keyed by the reservation.
        for (String id : asked) {
            ConsumerRecord<String, String> request = KafkaProbe.read(Topics.PART_RESERVATION_REQUEST,
                    r -> r.key().equals(id), 1, PATIENCE).get(0);
            assertThat(KafkaProbe.header(request, EventHeaders.TYPE)).isEqualTo("part-reservation-requested");
            assertThat(JsonPath.from(request.value()).getString("locationId")).isEqualTo(truck.toString());
        }
        // Inventory holds the unit for one and refuses the other (as its own test proves it decides).
        answer(asked.get(0), janasJob, "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":1,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:02Z"}""".formatted(asked.get(0), janasJob,
                UUID.randomUUID(), capacitor, truck));
        answer(asked.get(1), petrsJob, "part-reservation-rejected", """
                {"reservationId":"%s","jobId":"%s","productId":"%s","quantity":1,"locationId":"%s",
                 "reason":"INSUFFICIENT_STOCK","available":0,"detail":"Only 0 is available.",
                 "rejectedAt":"2026-12-05T09:15:02Z"}""".formatted(asked.get(1), petrsJob, capacitor, truck));

        await().atMost(PATIENCE).untilAsserted(() -> {
            ofJob(PARTS_MANAGER, janasJob).body("items[0].status", equalTo("CONFIRMED"));
            ofJob(PARTS_MANAGER, petrsJob).body("items[0].status", equalTo("REJECTED"))
                    .body("items[0].rejectionReason", equalTo("INSUFFICIENT_STOCK")).body("items[0].available", equalTo(0.0f));
        });
        given().header("Authorization", PARTS_MANAGER).queryParam("status", "REJECTED").get("/part-reservations")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(asked.get(1)));
    }

    @Test
    void the_last_reserved_part_fitted_twice_at_once_one_wins_the_other_is_409_naming_it() throws Exception {
        String shop = "parts-race-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = SuiteStack.bearer(shop, "parts-manager");
        String technician = SuiteStack.bearer(shop, "technician");
        UUID job = PartsCalls.startedJob(shop, truck);
        String id = reserve(manager, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                .statusCode(201).extract().path("id");
        PartsCalls.confirmed(shop, id, job, capacitor, 1, truck);
        await().atMost(PATIENCE).untilAsserted(() -> ofJob(manager, job).body("items[0].status", equalTo("CONFIRMED")));

        List<ValidatableResponse> answers = Race.all(List.<Callable<ValidatableResponse>>of(
                () -> fitted(technician, job, Map.of("reservationId", id, "quantity", 1)),
                () -> fitted(technician, job, Map.of("reservationId", id, "quantity", 1))));

        List<Integer> statuses = answers.stream().map(a -> a.extract().statusCode()).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        ValidatableResponse loser = answers.stream().filter(a -> a.extract().statusCode() == 409).findFirst().orElseThrow();
        loser.body("errors[0].field", equalTo("reservationId"));
        given().header("Authorization", technician).get("/my/jobs/{id}", job).then().body("partsUsed.size()", equalTo(1));
        assertThat(KafkaProbe.read(Topics.PART_RESERVATION_REQUEST,
                r -> r.key().equals(id) && "parts-used".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE))
                .hasSize(1);
    }

    @Test
    void every_role_and_endpoint_cell() {
        // Its own business, where the technician token's login (test-technician) works the job every cell calls.
        String shop = "parts-roles-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = SuiteStack.bearer(shop, "owner");
        UUID job = UUID.fromString(PartsCalls.jobOf(owner, PartsCalls.technician(owner, "test-technician"),
                "2026-06-02T09:00:00Z"));
        Map<String, List<String>> allowed = Map.of(
                "GET /trucks/{locationId}/stock", List.of("technician", "parts-manager", "dispatcher", "owner", "admin"),
                "POST /jobs/{jobId}/part-reservations", List.of("technician", "parts-manager", "admin"),
                "GET /jobs/{jobId}/part-reservations", List.of("technician", "parts-manager", "dispatcher", "owner", "admin"),
                "GET /part-reservations", List.of("parts-manager", "dispatcher", "owner", "admin"),
                "POST /part-reservations/{id}/cancel", List.of("technician", "parts-manager", "admin"));
        List<String> roles = List.of("owner", "dispatcher", "technician", "csr", "parts-manager", "estimator", "finance",
                "admin");
        Map<String, java.util.Set<String>> inCode = dev.opsuite.testing.RoleTable.inCode("dev.opsuite.field.parts");
        assertThat(inCode.keySet()).containsExactlyInAnyOrderElementsOf(
                allowed.keySet().stream().map(dev.opsuite.testing.RoleTable::key).toList());
        for (var cell : allowed.entrySet()) {
            assertThat(dev.opsuite.testing.RoleTable.of(inCode, cell.getKey())).as(cell.getKey())
                    .containsExactlyInAnyOrderElementsOf(cell.getValue());
            for (String role : roles) {
                int status = call(cell.getKey(), job, SuiteStack.bearer(shop, role), shop).extract().statusCode();
                if (cell.getValue().contains(role)) {
                    assertThat(status).as("%s as %s", cell.getKey(), role).isIn(200, 201);
                } else {
                    assertThat(status).as("%s as %s", cell.getKey(), role).isEqualTo(403);
                }
            }
            assertThat(call(cell.getKey(), job, null, shop).extract().statusCode()).as("%s without a token", cell.getKey())
                    .isEqualTo(401);
        }
    }

    @Test
    void an_answer_for_no_reservation_of_ours_and_a_level_lacking_a_field_are_dead_lettered() {
        UUID stranger = UUID.randomUUID();
        answer(stranger.toString(), UUID.randomUUID(), "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":1,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:02Z"}""".formatted(stranger, UUID.randomUUID(),
                UUID.randomUUID(), capacitor, truck));
        KafkaProbe.sendForged(Topics.STOCK_LEVEL, truck.toString(), """
                {"stockLevelId":"%s","locationId":"%s","locationType":"TRUCK","vehicleId":"%s","onHand":1,"reserved":0,
                 "available":1,"inTransit":0,"unitCost":18.5,"currency":"EUR","movements":[],
                 "occurredAt":"2026-12-05T08:00:00Z"}""".formatted(UUID.randomUUID(), truck, UUID.randomUUID()),
                headers("stock-level-changed"));

        assertThat(KafkaProbe.read(Topics.deadLetter(Topics.PART_RESERVATION_OUTCOME, "field-service"),
                r -> r.key().equals(stranger.toString()), 1, PATIENCE)).hasSize(1);
        assertThat(KafkaProbe.read(Topics.deadLetter(Topics.STOCK_LEVEL, "field-service"),
                r -> r.key().equals(truck.toString()), 1, PATIENCE)).hasSize(1);
        truckStock(truck).body("items.size()", equalTo(0));
    }

    @Test
    void another_tenant_sees_none_of_it() {
        UUID job = PartsCalls.openJob(TENANT);
        reserve(PARTS_MANAGER, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck)).statusCode(201);
        ofJob(SuiteStack.bearer("globex", "parts-manager"), job).body("items.size()", equalTo(0));
        given().header("Authorization", SuiteStack.bearer("globex", "technician")).get("/jobs/{id}/part-reservations", job)
                .then().statusCode(404);
    }

    @Test
    void a_technician_reserves_lists_uses_and_gives_back_parts_only_on_their_own_jobs() {
        String shop = "parts-own-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = SuiteStack.bearer(shop, "owner");
        String manager = SuiteStack.bearer(shop, "parts-manager");
        String tom = SuiteStack.bearer(shop, "technician"); // signs in as test-technician
        String tomsJob = PartsCalls.jobOf(owner, PartsCalls.technician(owner, "test-technician", truck),
                "2026-06-02T09:00:00Z");
        PartsCalls.start(tom, tomsJob);
        String othersJob = PartsCalls.jobOf(owner, PartsCalls.technician(owner, FieldRequests.uniqueUser("tech")),
                "2026-06-02T09:00:00Z");
        Map<String, Object> part = Map.of("productId", capacitor, "quantity", 1, "locationId", truck);
        PartsCalls.truckHolds(shop, owner, truck, capacitor, 5);
        String othersReservation = reserve(manager, othersJob, part).statusCode(201).extract().path("id");

        // Another technician's job, and a job that does not exist: not found, and nothing written.
        for (Object job : List.of(othersJob, UUID.randomUUID())) {
            reserve(tom, job, part).statusCode(404);
            given().header("Authorization", tom).get("/jobs/{id}/part-reservations", job).then().statusCode(404);
            fitted(tom, job, Map.of("partId", capacitor, "quantity", 1)).statusCode(404);
        }
        PartsCalls.cancel(tom, othersReservation, "Not needed.").statusCode(404);
        ofJob(manager, othersJob).body("items.size()", equalTo(1)).body("items[0].status", equalTo("REQUESTED"));

        // His own job: all of it.
        String mine = reserve(tom, tomsJob, part).statusCode(201).extract().path("id");
        ofJob(tom, tomsJob).body("items.size()", equalTo(1));
        fitted(tom, tomsJob, Map.of("partId", capacitor, "quantity", 1)).statusCode(200);
        PartsCalls.cancel(tom, mine, "Fitted the one from the van's shelf.").statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("test-technician"));
    }

    private ValidatableResponse call(String endpoint, UUID job, String token, String shop) {
        var request = given().contentType(ContentType.JSON);
        if (token != null) {
            request.header("Authorization", token);
        }
        return switch (endpoint) {
            case "GET /trucks/{locationId}/stock" -> request.get("/trucks/{id}/stock", truck).then();
            case "POST /jobs/{jobId}/part-reservations" -> request.body(Map.of("productId", capacitor.toString(),
                    "quantity", 1, "locationId", truck.toString())).post("/jobs/{id}/part-reservations", job).then();
            case "GET /jobs/{jobId}/part-reservations" -> request.get("/jobs/{id}/part-reservations", job).then();
            case "GET /part-reservations" -> request.get("/part-reservations").then();
            case "POST /part-reservations/{id}/cancel" -> request.body(Map.of("reason", "Not needed any more."))
                    .post("/part-reservations/{id}/cancel", reserve(SuiteStack.bearer(shop, "parts-manager"), job, Map.of("productId", capacitor,
                            "quantity", 1, "locationId", truck)).statusCode(201).extract().<String>path("id")).then();
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private static ValidatableResponse truckStock(UUID location) {
        return given().header("Authorization", JANA).get("/trucks/{id}/stock", location).then().statusCode(200);
    }

    private void stockLevel(UUID location, String type, int onHand, String at) {
        String vehicle = "TRUCK".equals(type) ? "\"" + UUID.randomUUID() + "\"" : "null";
        String payload = """
                {"stockLevelId":"%s","locationId":"%s","locationType":"%s","vehicleId":%s,"productId":"%s",
                 "onHand":%d,"reserved":0,"available":%d,"inTransit":0,"unitCost":18.5,"currency":"EUR",
                 "movements":[{"movementId":"%s","kind":"ADJUSTMENT","quantity":%d,"reservedChange":0,
                   "inTransitChange":0,"unitCost":18.5,"value":1.00,"reason":"OPENING_BALANCE",
                   "referenceType":"stock-adjustment","referenceId":"%s"}],
                 "occurredAt":"%s"}""".formatted(UUID.randomUUID(), location, type, vehicle, capacitor, onHand, onHand,
                UUID.randomUUID(), onHand, UUID.randomUUID(), at);
        KafkaProbe.send(Topics.STOCK_LEVEL, location.toString(), payload, headers("stock-level-changed"));
    }

    private static void answer(String reservation, UUID job, String type, String payload) {
        PartsCalls.answer(TENANT, reservation, type, payload);
    }

    private static Map<String, String> headers(String type) {
        return PartsCalls.headers(TENANT, type);
    }
}
