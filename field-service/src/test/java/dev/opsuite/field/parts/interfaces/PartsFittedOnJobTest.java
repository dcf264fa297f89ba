package dev.opsuite.field.parts.interfaces;

import static dev.opsuite.field.parts.interfaces.PartsCalls.fitted;
import static dev.opsuite.field.parts.interfaces.PartsCalls.ofJob;
import static dev.opsuite.field.parts.interfaces.PartsCalls.reserve;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
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
 * Seed 002: the technician fits a part through their job, in one act. The job records it (what job-completed carries
 * and billing invoices) and inventory hears parts-used on field.part-reservation in the same transaction, both naming
 * the same usage. Inventory is not running here: its answers are sent as it sends them.
 */
@QuarkusTest
class PartsFittedOnJobTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    // A business of each test's own: its technician (the technician token's login) works the job, started.
    final String shop = "parts-fit-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(shop, "owner");
    final String partsManager = SuiteStack.bearer(shop, "parts-manager");
    final String tom = SuiteStack.bearer(shop, "technician");
    final UUID truck = UUID.randomUUID();
    final UUID warehouse = UUID.randomUUID();
    final UUID capacitor = UUID.randomUUID();
    final UUID igniter = UUID.randomUUID();

    @Test
    void a_part_from_the_truck_and_one_from_a_reservation_are_on_the_job_told_to_inventory_and_priced_at_completion() {
        UUID job = PartsCalls.startedJob(shop, truck);
        priceBook();
        PartsCalls.truckHolds(shop, partsManager, truck, capacitor, 2);

        String fromTruck = fitted(tom, job, Map.of("partId", capacitor, "sku", "CAP-45", "quantity", 1)).statusCode(200)
                .body("partsUsed.size()", equalTo(1)).body("partsUsed[0].partId", equalTo(capacitor.toString()))
                .body("partsUsed[0].truckLocationId", equalTo(truck.toString())).extract().path("partsUsed[0].id");

        String held = reserve(partsManager, job, Map.of("productId", igniter, "quantity", 1, "locationId", warehouse))
                .statusCode(201).extract().path("id");
        PartsCalls.confirmed(shop, held, job, igniter, 1, warehouse);
        await().atMost(PATIENCE).untilAsserted(() -> ofJob(partsManager, job).body("items[0].status", equalTo("CONFIRMED")));
        String fromReservation = fitted(tom, job, Map.of("reservationId", held, "sku", "HSI-120", "quantity", 1))
                .statusCode(200).body("partsUsed.size()", equalTo(2))
                .body("partsUsed[1].partId", equalTo(igniter.toString()))
                .body("partsUsed[1].truckLocationId", equalTo(warehouse.toString())).extract().path("partsUsed[1].id");
        ofJob(partsManager, job).body("items[0].status", equalTo("USED")).body("items[0].used", equalTo(1.0f));

        // Keyed as ever: by the usage from the truck, by the reservation from one; the usage is the job's part.
        JsonPath truckUse = partsUsed(fromTruck);
        assertThat(truckUse.getString("usageId")).isEqualTo(fromTruck);
        assertThat(truckUse.getString("reservationId")).isNull();
        assertThat(truckUse.getString("productId")).isEqualTo(capacitor.toString());
        assertThat(truckUse.getString("locationId")).isEqualTo(truck.toString());
        assertThat(partsUsed(held).getString("usageId")).isEqualTo(fromReservation);

        given().header("Authorization", tom).post("/my/jobs/{id}/complete", job).then().statusCode(200);
        JsonPath completed = completed(job);
        assertThat(completed.getList("partsUsed.partUsedId")).containsExactly(fromTruck, fromReservation);
        assertThat(completed.getList("partsUsed.partId")).containsExactly(capacitor.toString(), igniter.toString());
        assertThat(completed.getList("pricing.lines.sourceId")).containsExactly(fromTruck, fromReservation);
        assertThat(completed.getList("pricing.lines.unitPrice", Float.class)).containsExactly(25.90f, 64.00f);
        assertThat(completed.getFloat("pricing.subtotal")).isEqualTo(89.90f);
    }

    @Test
    void a_refused_fitting_writes_nothing_on_either_side() {
        UUID job = PartsCalls.startedJob(shop, truck);
        PartsCalls.truckHolds(shop, partsManager, truck, capacitor, 1);
        String held = reserve(partsManager, job, Map.of("productId", igniter, "quantity", 1, "locationId", warehouse))
                .statusCode(201).extract().path("id");

        fitted(tom, job, Map.of("partId", capacitor, "quantity", 2)).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/part-not-on-truck"))
                .body("errors[0].field", equalTo("quantity"));
        fitted(tom, job, Map.of("reservationId", held, "quantity", 1)).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/reservation-not-confirmed"))
                .body("errors[0].field", equalTo("reservationId"));
        PartsCalls.confirmed(shop, held, job, igniter, 1, warehouse);
        await().atMost(PATIENCE).untilAsserted(() -> ofJob(partsManager, job).body("items[0].status", equalTo("CONFIRMED")));
        fitted(tom, job, Map.of("reservationId", held, "partId", capacitor, "quantity", 1)).statusCode(422)
                .body("errors[0].field", equalTo("partId"));
        fitted(tom, job, Map.of("reservationId", UUID.randomUUID(), "quantity", 1)).statusCode(422)
                .body("errors[0].field", equalTo("reservationId"));

        given().header("Authorization", tom).get("/my/jobs/{id}", job).then().statusCode(200)
                .body("partsUsed.size()", equalTo(0));
        ofJob(partsManager, job).body("items[0].status", equalTo("CONFIRMED")).body("items[0].used", equalTo(0.0f));
        // The one fitting that goes through afterwards is the only parts-used inventory hears for the job.
        fitted(tom, job, Map.of("partId", capacitor, "quantity", 1)).statusCode(200);
        assertThat(KafkaProbe.read(Topics.PART_RESERVATION_REQUEST, r -> "parts-used".equals(KafkaProbe.header(r,
                EventHeaders.TYPE)) && r.value().contains(job.toString()), 1, PATIENCE)).hasSize(1);
    }

    @Test
    void two_fittings_on_one_job_at_once_each_is_on_the_job_and_with_inventory_or_on_neither() throws Exception {
        UUID job = PartsCalls.startedJob(shop, truck);
        PartsCalls.truckHolds(shop, partsManager, truck, capacitor, 5);

        List<ValidatableResponse> answers = Race.all(List.<Callable<ValidatableResponse>>of(
                () -> fitted(tom, job, Map.of("partId", capacitor, "quantity", 1)),
                () -> fitted(tom, job, Map.of("partId", capacitor, "quantity", 1))));

        // The job's version decides: the later writer may be 409 concurrent-modification, and then wrote nothing.
        List<Integer> statuses = answers.stream().map(a -> a.extract().statusCode()).toList();
        assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        List<String> onTheJob = given().header("Authorization", tom).get("/my/jobs/{id}", job).then().statusCode(200)
                .extract().path("partsUsed.id");
        assertThat(onTheJob).hasSize((int) statuses.stream().filter(s -> s == 200).count());
        assertThat(KafkaProbe.read(Topics.PART_RESERVATION_REQUEST, r -> "parts-used".equals(KafkaProbe.header(r,
                EventHeaders.TYPE)) && r.value().contains(job.toString()), onTheJob.size(), PATIENCE))
                .extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(onTheJob);
    }

    @Test
    void a_technician_without_a_truck_fits_a_stocked_part_only_from_a_reservation_and_a_part_bought_on_the_way_anyway() {
        String job = PartsCalls.jobOf(owner, PartsCalls.technician(owner, "test-technician"), "2026-06-02T09:00:00Z");
        PartsCalls.start(tom, job);

        fitted(tom, job, Map.of("partId", capacitor, "quantity", 1)).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/truck-unknown"))
                .body("errors[0].field", equalTo("partId"));
        fitted(tom, job, Map.of("sku", "GASKET-7", "quantity", 2)).statusCode(200)
                .body("partsUsed.size()", equalTo(1)).body("partsUsed[0].partId", equalTo(null))
                .body("partsUsed[0].sku", equalTo("GASKET-7"));
    }

    /** Pricing settings, a capacitor at a fixed 25.90 and an igniter at 64.00 (untaxed). */
    private void priceBook() {
        given().header("Authorization", owner).contentType(ContentType.JSON).body(Map.of("taxRate", 0.0825,
                        "laborRates", Map.of("STANDARD", 95.00, "OVERTIME", 142.50, "EMERGENCY", 190.00)))
                .put("/pricing/settings").then().statusCode(200);
        for (var item : List.of(Map.of("sku", "CAP-45", "price", 25.90), Map.of("sku", "HSI-120", "price", 64.00))) {
            given().header("Authorization", owner).contentType(ContentType.JSON).body(Map.of("sku", item.get("sku"),
                    "name", "Part " + item.get("sku"), "taxable", false, "pricing", "FIXED", "price", item.get("price")))
                    .post("/price-book").then().statusCode(201);
        }
    }

    /** The parts-used record keyed {@code key} on field.part-reservation (KafkaProbe checks it against its schema). */
    private static JsonPath partsUsed(String key) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.read(Topics.PART_RESERVATION_REQUEST,
                r -> key.equals(r.key()) && "parts-used".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE);
        assertThat(records).hasSize(1);
        return JsonPath.from(records.get(0).value());
    }

    private static JsonPath completed(UUID job) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.read(Topics.FIELD_JOB, r -> job.toString().equals(r.key())
                && "job-completed".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE);
        assertThat(records).hasSize(1);
        return JsonPath.from(records.get(0).value());
    }
}
