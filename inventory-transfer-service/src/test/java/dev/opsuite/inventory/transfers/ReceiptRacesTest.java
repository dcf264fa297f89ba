package dev.opsuite.inventory.transfers;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.decimal;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.received;
import static dev.opsuite.inventory.interfaces.NoteRequests.stockLevel;
import static dev.opsuite.inventory.interfaces.NoteRequests.takeReceipt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.inventory.interfaces.Fixtures;
import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Races over one note, on the real stack: receipts queue on the note's row lock, so the last units are received once,
 * and a note is either closed short or receives the goods arriving at that moment, never both.
 */
@QuarkusTest
class ReceiptRacesTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String PROBLEMS = "https://opsuite.dev/problems/";

    UUID cable;
    UUID store;
    String note;

    @BeforeEach
    void ten_reels_dispatched_to_a_store() {
        cable = Fixtures.product("Cable");
        UUID warehouse = Fixtures.warehouse();
        store = Fixtures.store();
        Fixtures.stock(warehouse, cable, 10, "10.00");
        note = createNote(MANAGER, warehouse, store, List.of(item(cable, 10))).statusCode(201).extract().path("id");
        dispatch(MANAGER, note).statusCode(200);
    }

    @Test
    void two_receipts_racing_for_the_last_units_receive_them_once() throws Exception {
        // 7 of 10 already arrived; two receipts of 3 each race for the last 3.
        takeReceipt(MANAGER, note, "APPROVED", List.of(received(cable, 7, 0))).statusCode(201);

        List<ExtractableResponse<Response>> answers = Race.all(List.<Callable<ExtractableResponse<Response>>>of(
                () -> takeReceipt(MANAGER, note, "APPROVED", List.of(received(cable, 3, 0))).extract(),
                () -> takeReceipt(MANAGER, note, "APPROVED", List.of(received(cable, 2, 1))).extract()));

        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        // The loser asked for more than was still outstanding once the winner's receipt counted: the API's answer to
        // that request has always been 422 receipt-exceeds-outstanding (a race is not told apart from a wrong count).
        assertThat(answers).filteredOn(r -> r.statusCode() != 201).singleElement().satisfies(loser -> {
            assertThat(loser.statusCode()).isEqualTo(422);
            assertThat(loser.contentType()).startsWith("application/problem+json");
            assertThat(loser.<String>path("type")).isEqualTo(PROBLEMS + "receipt-exceeds-outstanding");
        });
        await().atMost(PATIENCE).untilAsserted(() -> getNote(MANAGER, note).body("status", equalTo("FULLY_RECEIVED")));
        assertThat(decimal(stockLevel(store, cable), "items[0].inTransit")).isEqualByComparingTo("0");
        assertThat(decimal(stockLevel(store, cable), "items[0].onHand").add(
                decimal(getNote(MANAGER, note).extract().jsonPath(), "receiptSummary[0].damaged"))).isEqualByComparingTo("10");
    }

    @Test
    void closing_short_and_an_arriving_receipt_race_and_exactly_one_wins() throws Exception {
        List<ExtractableResponse<Response>> answers = Race.all(List.<Callable<ExtractableResponse<Response>>>of(
                () -> given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                        .body(Map.of("reason", "Pallet lost by the carrier"))
                        .post("/transfers-dispatch-note/{id}/close-short", note).then().extract(),
                () -> takeReceipt(MANAGER, note, "APPROVED", List.of(received(cable, 4, 0))).extract()));
        ExtractableResponse<Response> closing = answers.get(0);
        ExtractableResponse<Response> receipt = answers.get(1);

        if (closing.statusCode() == 200) {
            // Closed first: the receipt found the note closed.
            assertThat(receipt.statusCode()).isEqualTo(409);
            assertThat(receipt.contentType()).startsWith("application/problem+json");
            assertThat(receipt.<String>path("type")).isEqualTo(PROBLEMS + "note-not-receivable");
            getNote(MANAGER, note).body("status", equalTo("CLOSED_SHORT")).body("receiptSummary[0].shortage", equalTo(10));
            assertThat(decimal(stockLevel(store, cable), "items[0].inTransit")).isEqualByComparingTo("0");
        } else {
            // The receipt first: its booking is still on its way when the closing looks, so the closing is refused.
            assertThat(receipt.statusCode()).isEqualTo(201);
            assertThat(closing.statusCode()).isEqualTo(409);
            assertThat(closing.contentType()).startsWith("application/problem+json");
            assertThat(closing.<String>path("type")).isEqualTo(PROBLEMS + "receipts-pending");
            await().atMost(PATIENCE).untilAsserted(() -> getNote(MANAGER, note)
                    .body("status", equalTo("RECEIVING")).body("receiptSummary[0].received", equalTo(4)));
            assertThat(decimal(stockLevel(store, cable), "items[0].onHand")).isEqualByComparingTo("4");
        }
    }
}
