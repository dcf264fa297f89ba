package dev.opsuite.inventory.stock.infrastructure.messaging;

import static dev.opsuite.inventory.interfaces.NoteRequests.decimal;
import static dev.opsuite.inventory.interfaces.NoteRequests.stockLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.inventory.interfaces.Fixtures;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * field-service's part requests, as field-service would send them (the events are made here; field-service's side
 * has its own test): held under the stock row's lock and answered on inventory.part-reservation; parts used leave
 * the truck, and stock-level-changed says so.
 */
@QuarkusTest
class PartRequestEventsConsumerTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String REQUESTS = Topics.PART_RESERVATION_REQUEST;
    static final String ANSWERS = Topics.PART_RESERVATION_OUTCOME;

    @Inject
    PartRequestEventsConsumer consumer;

    UUID truck;
    UUID capacitor;

    @BeforeEach
    void one_capacitor_on_a_truck() {
        truck = Fixtures.truck();
        capacitor = Fixtures.product("Run capacitor 45/5 uF");
        Fixtures.stock(truck, capacitor, 1, "18.50");
    }

    @Test
    void two_technicians_racing_for_the_last_unit_one_is_confirmed_one_rejected() throws Exception {
        UUID jana = UUID.randomUUID();
        UUID petr = UUID.randomUUID();
        // Two deliveries at once, as two consumer instances would make them.
        Race.all(List.<Callable<Void>>of(
                () -> deliver(jana, requested(jana, UUID.randomUUID(), 1), "part-reservation-requested"),
                () -> deliver(petr, requested(petr, UUID.randomUUID(), 1), "part-reservation-requested")));

        List<String> answers = List.of(answer(jana), answer(petr));
        assertThat(answers).containsExactlyInAnyOrder("part-reservation-confirmed", "part-reservation-rejected");
        JsonPath level = stockLevel(truck, capacitor);
        assertThat(decimal(level, "items[0].reserved")).isEqualByComparingTo("1");
        assertThat(decimal(level, "items[0].available")).isEqualByComparingTo("0");
        UUID loser = answers.get(0).equals("part-reservation-rejected") ? jana : petr;
        JsonPath rejected = JsonPath.from(answerRecord(loser).value());
        assertThat(rejected.getString("reason")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(decimal(rejected, "available")).isEqualByComparingTo("0");
    }

    @Test
    void a_request_through_kafka_is_answered_once_however_often_it_arrives() {
        UUID request = UUID.randomUUID();
        Map<String, String> headers = headers("part-reservation-requested");
        KafkaProbe.send(REQUESTS, request.toString(), requested(request, UUID.randomUUID(), 1), headers);
        assertThat(answer(request)).isEqualTo("part-reservation-confirmed");

        // The same event again, and published again under a new event id.
        KafkaProbe.send(REQUESTS, request.toString(), requested(request, UUID.randomUUID(), 1), headers);
        KafkaProbe.send(REQUESTS, request.toString(), requested(request, UUID.randomUUID(), 1), headers("part-reservation-requested"));
        UUID sentinel = UUID.randomUUID();
        KafkaProbe.send(REQUESTS, sentinel.toString(), requested(sentinel, UUID.randomUUID(), 1), headers("part-reservation-requested"));
        assertThat(answer(sentinel)).isEqualTo("part-reservation-rejected");

        assertThat(KafkaProbe.read(ANSWERS, r -> r.key().equals(request.toString()), 1, PATIENCE)).hasSize(1);
        assertThat(decimal(stockLevel(truck, capacitor), "items[0].reserved")).isEqualByComparingTo("1");
    }

    @Test
    void parts_used_consume_the_reservation_and_the_truck_says_so() {
        UUID request = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        KafkaProbe.send(REQUESTS, request.toString(), requested(request, job, 1), headers("part-reservation-requested"));
        assertThat(answer(request)).isEqualTo("part-reservation-confirmed");

        KafkaProbe.send(REQUESTS, request.toString(), used(UUID.randomUUID(), job, request, 1), headers("parts-used"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(decimal(stockLevel(truck, capacitor), "items[0].onHand"))
                .isEqualByComparingTo("0"));
        assertThat(decimal(stockLevel(truck, capacitor), "items[0].reserved")).isEqualByComparingTo("0");
        assertThat(truckMovements()).contains("RESERVATION_CONSUMED");
    }

    @Test
    void a_reservation_field_gives_back_is_released_once_and_the_truck_says_so() {
        UUID request = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        KafkaProbe.send(REQUESTS, request.toString(), requested(request, job, 1), headers("part-reservation-requested"));
        assertThat(answer(request)).isEqualTo("part-reservation-confirmed");
        assertThat(decimal(stockLevel(truck, capacitor), "items[0].available")).isEqualByComparingTo("0");

        Map<String, String> headers = headers("part-reservation-cancelled");
        KafkaProbe.send(REQUESTS, request.toString(), cancelled(request, job), headers);
        KafkaProbe.send(REQUESTS, request.toString(), cancelled(request, job), headers); // redelivered
        KafkaProbe.send(REQUESTS, request.toString(), cancelled(request, job), headers("part-reservation-cancelled"));
        // Read after them (same key): the unit given back is held for the next request.
        UUID next = UUID.randomUUID();
        KafkaProbe.send(REQUESTS, request.toString(), requested(next, UUID.randomUUID(), 1), headers("part-reservation-requested"));
        assertThat(answer(next)).isEqualTo("part-reservation-confirmed");

        assertThat(reservationStatus(request)).isEqualTo("RELEASED");
        assertThat(decimal(stockLevel(truck, capacitor), "items[0].reserved")).isEqualByComparingTo("1");
        assertThat(truckMovements().stream().filter("RESERVATION_RELEASED"::equals)).hasSize(1);
        assertThat(KafkaProbe.read(Topics.STOCK_LEVEL, r -> r.value().contains(truck.toString())
                && r.value().contains("\"RESERVATION_RELEASED\""), 1, PATIENCE)).hasSize(1);
    }

    @Test
    void a_refused_request_given_back_changes_nothing() {
        UUID request = UUID.randomUUID();
        KafkaProbe.send(REQUESTS, request.toString(), requested(request, UUID.randomUUID(), 2), headers("part-reservation-requested"));
        assertThat(answer(request)).isEqualTo("part-reservation-rejected");

        KafkaProbe.send(REQUESTS, request.toString(), cancelled(request, UUID.randomUUID()), headers("part-reservation-cancelled"));
        UUID next = UUID.randomUUID();
        KafkaProbe.send(REQUESTS, request.toString(), requested(next, UUID.randomUUID(), 1), headers("part-reservation-requested"));
        assertThat(answer(next)).isEqualTo("part-reservation-confirmed");

        assertThat(truckMovements()).doesNotContain("RESERVATION_RELEASED");
        assertThat(KafkaProbe.read(Topics.deadLetter(REQUESTS, "inventory-transfer-service"),
                r -> r.key().equals(request.toString()), 0, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void parts_used_without_a_reservation_are_issued_from_the_truck_at_its_wac_once() {
        Fixtures.stock(truck, capacitor, 2, "21.50"); // (1 x 18.50 + 2 x 21.50) / 3 = 20.50
        UUID usage = UUID.randomUUID();
        String payload = used(usage, UUID.randomUUID(), null, 2);

        KafkaProbe.send(REQUESTS, usage.toString(), payload, headers("parts-used"));
        KafkaProbe.send(REQUESTS, usage.toString(), payload, headers("parts-used")); // new event id, same usage

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(decimal(stockLevel(truck, capacitor), "items[0].onHand"))
                .isEqualByComparingTo("1"));
        List<ConsumerRecord<String, String>> issued = KafkaProbe.read(Topics.STOCK_LEVEL,
                r -> r.value().contains(truck.toString()) && r.value().contains("\"ISSUED\""), 1, PATIENCE);
        JsonPath level = JsonPath.from(issued.get(0).value());
        assertThat(decimal(level, "movements[0].unitCost")).isEqualByComparingTo("20.50");
        assertThat(decimal(level, "movements[0].value")).isEqualByComparingTo("-41.00");
        assertThat(level.getString("locationType")).isEqualTo("TRUCK");
        assertThat(truckMovements().stream().filter("ISSUED"::equals)).hasSize(1);
    }

    @Test
    void parts_used_that_cannot_be_booked_or_lack_a_field_go_to_the_dead_letter_topic() {
        UUID beyond = UUID.randomUUID();
        UUID lacking = UUID.randomUUID();
        // Two from a truck holding one: the part is gone physically, the count is wrong; the parts manager corrects it.
        KafkaProbe.send(REQUESTS, beyond.toString(), used(beyond, UUID.randomUUID(), null, 2), headers("parts-used"));
        KafkaProbe.sendForged(REQUESTS, lacking.toString(), used(lacking, UUID.randomUUID(), null, 1)
                .replace("\"usageId\":\"" + lacking + "\",", ""), headers("parts-used"));

        String dlq = Topics.deadLetter(REQUESTS, "inventory-transfer-service");
        assertThat(KafkaProbe.read(dlq, r -> r.key().equals(beyond.toString()), 1, PATIENCE)).hasSize(1);
        assertThat(KafkaProbe.read(dlq, r -> r.key().equals(lacking.toString()), 1, PATIENCE)).hasSize(1);
        assertThat(decimal(stockLevel(truck, capacitor), "items[0].onHand")).isEqualByComparingTo("1");
    }

    private List<String> truckMovements() {
        return JsonPath.from(io.restassured.RestAssured.given()
                        .header("Authorization", dev.opsuite.inventory.interfaces.NoteRequests.MANAGER)
                        .queryParam("locationId", truck.toString()).get("/stock/movements").then().statusCode(200)
                        .extract().asString())
                .getList("items.kind", String.class);
    }

    private String reservationStatus(UUID request) {
        return io.restassured.RestAssured.given().header("Authorization", dev.opsuite.inventory.interfaces.NoteRequests.MANAGER)
                .queryParam("referenceType", "field-part-reservation").queryParam("referenceId", request.toString())
                .get("/reservations").then().statusCode(200).extract().path("items[0].status");
    }

    private String answer(UUID request) {
        return KafkaProbe.header(answerRecord(request), EventHeaders.TYPE);
    }

    private ConsumerRecord<String, String> answerRecord(UUID request) {
        return KafkaProbe.read(ANSWERS, r -> r.key().equals(request.toString()), 1, PATIENCE).get(0);
    }

    private Void deliver(UUID key, String payload, String type) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(REQUESTS, 0, 0L, key.toString(), payload);
        headers(type).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return consumer.consume(record).await().atMost(PATIENCE);
    }

    private String requested(UUID reservation, UUID job, int quantity) {
        return """
                {"reservationId":"%s","jobId":"%s","technicianId":"%s","productId":"%s","quantity":%d,
                 "locationId":"%s","requestedBy":"tech-jana","requestedAt":"2026-12-05T09:15:00Z"}"""
                .formatted(reservation, job, UUID.randomUUID(), capacitor, quantity, truck);
    }

    private String used(UUID usage, UUID job, UUID reservation, int quantity) {
        return """
                {"usageId":"%s","jobId":"%s","reservationId":%s,"productId":"%s","quantity":%d,
                 "locationId":"%s","usedBy":"tech-jana","usedAt":"2026-12-05T11:40:00Z"}"""
                .formatted(usage, job, reservation == null ? "null" : "\"" + reservation + "\"", capacitor, quantity, truck);
    }

    private String cancelled(UUID reservation, UUID job) {
        return """
                {"reservationId":"%s","jobId":"%s","productId":"%s","quantity":1,"locationId":"%s",
                 "reason":"Job cancelled by the customer.","cancelledBy":"parts-marek","cancelledAt":"2026-12-05T10:40:00Z"}"""
                .formatted(reservation, job, capacitor, truck);
    }

    private static Map<String, String> headers(String type) {
        return Map.of(EventHeaders.ID, UUID.randomUUID().toString(), EventHeaders.TYPE, type, EventHeaders.SCHEMA_VERSION,
                "1", EventHeaders.TENANT, "acme", EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/field-service", EventHeaders.SPEC_VERSION, "1.0");
    }
}
