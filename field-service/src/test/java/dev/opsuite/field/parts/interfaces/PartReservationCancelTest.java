package dev.opsuite.field.parts.interfaces;

import static dev.opsuite.field.parts.interfaces.PartsCalls.cancel;
import static dev.opsuite.field.parts.interfaces.PartsCalls.confirmed;
import static dev.opsuite.field.parts.interfaces.PartsCalls.ofJob;
import static dev.opsuite.field.parts.interfaces.PartsCalls.reserve;
import static dev.opsuite.field.parts.interfaces.PartsCalls.used;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A part reservation given back: the job no longer needs it, or the parts manager ships the part by transfer note
 * instead (inventory dispatches only available stock, so the hold goes first). Inventory's side (the hold released) is
 * inventory's PartRequestEventsConsumerTest.
 */
@QuarkusTest
class PartReservationCancelTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String TENANT = "acme";
    static final String PARTS_MANAGER = SuiteStack.bearer(TENANT, "parts-manager");
    static final String ADMIN = SuiteStack.bearer(TENANT, "admin");

    final UUID truck = UUID.randomUUID();
    final UUID capacitor = UUID.randomUUID();
    UUID job;

    @BeforeEach
    void aJobOnTheBoard() {
        job = PartsCalls.openJob(TENANT);
    }

    @Test
    void a_held_reservation_given_back_is_cancelled_and_inventory_is_told_under_the_reservations_key() {
        String id = heldReservation(2);

        cancel(PARTS_MANAGER, id, "Shipping it to Jana's truck by transfer note instead.").statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Shipping it to Jana's truck by transfer note instead."))
                .body("cancelledBy", equalTo("test-parts-manager")).body("cancelledAt", org.hamcrest.Matchers.notNullValue());

        ofJob(PARTS_MANAGER, job).body("items[0].status", equalTo("CANCELLED"));
        List<ConsumerRecord<String, String>> told = KafkaProbe.read(Topics.PART_RESERVATION_REQUEST,
                r -> r.key().equals(id) && "part-reservation-cancelled".equals(KafkaProbe.header(r, EventHeaders.TYPE)),
                1, PATIENCE);
        assertThat(told).hasSize(1);
        JsonPath payload = JsonPath.from(told.get(0).value());
        assertThat(payload.getString("reservationId")).isEqualTo(id);
        assertThat(payload.getString("locationId")).isEqualTo(truck.toString());
        assertThat(payload.getString("cancelledBy")).isEqualTo("test-parts-manager");
    }

    @Test
    void an_answer_arriving_after_the_cancellation_leaves_it_cancelled() {
        String asked = reserve(PARTS_MANAGER, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                .statusCode(201).extract().path("id");
        cancel(PARTS_MANAGER, asked, "Job cancelled by the customer.").statusCode(200);

        // Inventory held it before it read the cancellation; its answer comes late. A second answer, for another
        // reservation but under the same key (so on the same partition, read after it), shows it was read.
        confirmed(TENANT, asked, job, capacitor, 1, truck);
        String sentinel = reserve(PARTS_MANAGER, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                .statusCode(201).extract().path("id");
        PartsCalls.answer(TENANT, asked, "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":1,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:03Z"}""".formatted(sentinel, job, UUID.randomUUID(),
                capacitor, truck));

        await().atMost(PATIENCE).untilAsserted(() -> ofJob(PARTS_MANAGER, job).body("items.find { it.id == '%s' }.status"
                .formatted(sentinel), equalTo("CONFIRMED")));
        ofJob(PARTS_MANAGER, job).body("items.find { it.id == '%s' }.status".formatted(asked), equalTo("CANCELLED"))
                .body("items.find { it.id == '%s' }.stockReservationId".formatted(asked), equalTo(null));
    }

    @Test
    void a_used_up_reservation_cannot_be_cancelled_409_naming_it() {
        String id = heldReservation(1);
        used(ADMIN, job, Map.of("reservationId", id, "quantity", 1)).statusCode(201);

        cancel(PARTS_MANAGER, id, "Not needed.").statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/reservation-not-cancellable"))
                .body("errors[0].field", equalTo("reservationId"))
                .body("detail", org.hamcrest.Matchers.containsString(id));
        cancel(PARTS_MANAGER, UUID.randomUUID(), "Not needed.").statusCode(404);
    }

    @Test
    void a_cancellation_racing_a_use_of_the_same_reservation_one_wins_the_other_is_409() throws Exception {
        String id = heldReservation(1);

        List<ValidatableResponse> answers = Race.all(List.<Callable<ValidatableResponse>>of(
                () -> cancel(PARTS_MANAGER, id, "Not needed."),
                () -> used(ADMIN, job, Map.of("reservationId", id, "quantity", 1))));

        List<Integer> statuses = answers.stream().map(a -> a.extract().statusCode()).sorted().toList();
        assertThat(statuses).isIn(List.of(200, 409), List.of(201, 409));
        answers.stream().filter(a -> a.extract().statusCode() == 409).findFirst().orElseThrow()
                .body("errors[0].field", equalTo("reservationId"));
        String winner = statuses.get(0) == 200 ? "part-reservation-cancelled" : "parts-used";
        String status = statuses.get(0) == 200 ? "CANCELLED" : "USED";
        ofJob(PARTS_MANAGER, job).body("items[0].status", equalTo(status));
        // Only the winner's event travels to inventory.
        assertThat(KafkaProbe.read(Topics.PART_RESERVATION_REQUEST, r -> r.key().equals(id)
                && !"part-reservation-requested".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE))
                .singleElement().satisfies(r -> assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo(winner));
    }

    @Test
    void a_reason_is_required_text_of_at_most_500_characters() {
        String id = reserve(PARTS_MANAGER, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                .statusCode(201).extract().path("id");
        for (Object body : List.of(Map.of(), Map.of("reason", " "), Map.of("reason", "x".repeat(501)),
                Map.of("reason", 42))) {
            ValidatableResponse refused = given().header("Authorization", PARTS_MANAGER).contentType(ContentType.JSON)
                    .body(body).post("/part-reservations/{id}/cancel", id).then();
            assertThat(refused.extract().statusCode()).as("%s", body).isEqualTo(400);
            refused.body("errors[0].field", equalTo("reason"));
        }
        ofJob(PARTS_MANAGER, job).body("items[0].status", equalTo("REQUESTED"));
        cancel(PARTS_MANAGER, id, "x".repeat(500)).statusCode(200);
    }

    /** A reservation of {@code quantity} on the truck, confirmed by inventory: its id. */
    private String heldReservation(int quantity) {
        String id = reserve(PARTS_MANAGER, job, Map.of("productId", capacitor, "quantity", quantity, "locationId", truck))
                .statusCode(201).extract().path("id");
        confirmed(TENANT, id, job, capacitor, quantity, truck);
        await().atMost(PATIENCE).untilAsserted(() -> ofJob(PARTS_MANAGER, job).body("items[0].status",
                equalTo("CONFIRMED")));
        return id;
    }
}
