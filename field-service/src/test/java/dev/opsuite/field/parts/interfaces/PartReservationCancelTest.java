package dev.opsuite.field.parts.interfaces;

import static dev.opsuite.field.parts.interfaces.PartsCalls.cancel;
import static dev.opsuite.field.parts.interfaces.PartsCalls.confirmed;
import static dev.opsuite.field.parts.interfaces.PartsCalls.ofJob;
import static dev.opsuite.field.parts.interfaces.PartsCalls.reserve;
import static dev.opsuite.field.parts.interfaces.PartsCalls.fitted;
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
    // A business of each test's own: its technician (the technician token's login) works the job, started.
    final String tenant = "parts-cancel-" + UUID.randomUUID().toString().substring(0, 8);
    final String partsManager = SuiteStack.bearer(tenant, "parts-manager");
    final String technician = SuiteStack.bearer(tenant, "technician");

    final UUID truck = UUID.randomUUID();
    final UUID capacitor = UUID.randomUUID();
    UUID job;

    @BeforeEach
    void aJobStarted() {
        job = PartsCalls.startedJob(tenant, truck);
    }

    @Test
    void a_held_reservation_given_back_is_cancelled_and_inventory_is_told_under_the_reservations_key() {
        String id = heldReservation(2);

        cancel(partsManager, id, "Shipping it to Jana's truck by transfer note instead.").statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Shipping it to Jana's truck by transfer note instead."))
                .body("cancelledBy", equalTo("test-parts-manager")).body("cancelledAt", org.hamcrest.Matchers.notNullValue());

        ofJob(partsManager, job).body("items[0].status", equalTo("CANCELLED"));
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
        String asked = reserve(partsManager, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                .statusCode(201).extract().path("id");
        cancel(partsManager, asked, "Job cancelled by the customer.").statusCode(200);

        // Inventory held it before it read the cancellation; its answer comes late. A second answer, for another
        // reservation but under the same key (so on the same partition, read after it), shows it was read.
        confirmed(tenant, asked, job, capacitor, 1, truck);
        String sentinel = reserve(partsManager, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                .statusCode(201).extract().path("id");
        PartsCalls.answer(tenant, asked, "part-reservation-confirmed", """
                {"reservationId":"%s","jobId":"%s","stockReservationId":"%s","productId":"%s","quantity":1,
                 "locationId":"%s","confirmedAt":"2026-12-05T09:15:03Z"}""".formatted(sentinel, job, UUID.randomUUID(),
                capacitor, truck));

        await().atMost(PATIENCE).untilAsserted(() -> ofJob(partsManager, job).body("items.find { it.id == '%s' }.status"
                .formatted(sentinel), equalTo("CONFIRMED")));
        ofJob(partsManager, job).body("items.find { it.id == '%s' }.status".formatted(asked), equalTo("CANCELLED"))
                .body("items.find { it.id == '%s' }.stockReservationId".formatted(asked), equalTo(null));
    }

    @Test
    void a_used_up_reservation_cannot_be_cancelled_409_naming_it() {
        String id = heldReservation(1);
        fitted(technician, job, Map.of("reservationId", id, "quantity", 1)).statusCode(200);

        cancel(partsManager, id, "Not needed.").statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/reservation-not-cancellable"))
                .body("errors[0].field", equalTo("reservationId"))
                .body("detail", org.hamcrest.Matchers.containsString(id));
        cancel(partsManager, UUID.randomUUID(), "Not needed.").statusCode(404);
    }

    @Test
    void a_cancellation_racing_a_use_of_the_same_reservation_one_wins_the_other_is_409() throws Exception {
        String id = heldReservation(1);

        List<ValidatableResponse> answers = Race.all(List.<Callable<ValidatableResponse>>of(
                () -> cancel(partsManager, id, "Not needed."),
                () -> fitted(technician, job, Map.of("reservationId", id, "quantity", 1))));

        List<Integer> statuses = answers.stream().map(a -> a.extract().statusCode()).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        answers.stream().filter(a -> a.extract().statusCode() == 409).findFirst().orElseThrow()
                .body("errors[0].field", equalTo("reservationId"));
        boolean cancelled = answers.get(0).extract().statusCode() == 200;
        String winner = cancelled ? "part-reservation-cancelled" : "parts-used";
        String status = cancelled ? "CANCELLED" : "USED";
        ofJob(partsManager, job).body("items[0].status", equalTo(status));
        // The loser wrote nothing: a fitting refused is not on the job.
        given().header("Authorization", technician).get("/my/jobs/{id}", job).then().statusCode(200)
                .body("partsUsed.size()", equalTo(cancelled ? 0 : 1));
        // Only the winner's event travels to inventory.
        assertThat(KafkaProbe.read(Topics.PART_RESERVATION_REQUEST, r -> r.key().equals(id)
                && !"part-reservation-requested".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE))
                .singleElement().satisfies(r -> assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo(winner));
    }

    @Test
    void a_reason_is_required_text_of_at_most_500_characters() {
        String id = reserve(partsManager, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck))
                .statusCode(201).extract().path("id");
        for (Object body : List.of(Map.of(), Map.of("reason", " "), Map.of("reason", "x".repeat(501)),
                Map.of("reason", 42))) {
            ValidatableResponse refused = given().header("Authorization", partsManager).contentType(ContentType.JSON)
                    .body(body).post("/part-reservations/{id}/cancel", id).then();
            assertThat(refused.extract().statusCode()).as("%s", body).isEqualTo(400);
            refused.body("errors[0].field", equalTo("reason"));
        }
        ofJob(partsManager, job).body("items[0].status", equalTo("REQUESTED"));
        cancel(partsManager, id, "x".repeat(500)).statusCode(200);
    }

    /** A reservation of {@code quantity} on the truck, confirmed by inventory: its id. */
    private String heldReservation(int quantity) {
        String id = reserve(partsManager, job, Map.of("productId", capacitor, "quantity", quantity, "locationId", truck))
                .statusCode(201).extract().path("id");
        confirmed(tenant, id, job, capacitor, quantity, truck);
        await().atMost(PATIENCE).untilAsserted(() -> ofJob(partsManager, job).body("items[0].status",
                equalTo("CONFIRMED")));
        return id;
    }
}
