package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatchedNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.received;
import static dev.opsuite.inventory.interfaces.NoteRequests.takeReceipt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow 1 of the foundation: a goods receipt's approval reaches the note's receipt summary through Kafka. */
@QuarkusTest
class TransferDispatchNoteFlowTest {

    UUID cable;
    UUID breaker;

    /** Made per test through the API; the application is up by now (it is not when the test instance is built). */
    @BeforeEach
    void products() {
        cable = Fixtures.product("Cable NYM 3x1.5");
        breaker = Fixtures.product("Circuit breaker B16");
    }

    @Test
    void a_new_note_is_a_draft_with_a_generated_document_number_and_everything_outstanding() {
        createNote(MANAGER, List.of(item(cable, 10), item(breaker, 4)))
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("documentNumber", matchesPattern("TDN-\\d{4}-\\d{6}"))
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo("test-inventory-manager"))
                .body("receiptSummary.find { it.productId == '" + cable + "' }.outstanding", equalTo(10))
                .body("transferGoodsReceiptStatus", equalTo(null));
    }

    @Test
    void document_numbers_follow_each_other_without_gaps() {
        String first = createNote(MANAGER, List.of(item(cable, 1)))
                .statusCode(201).extract().path("documentNumber");
        createNote(MANAGER, List.of(item(cable, 0))).statusCode(400);
        String second = createNote(MANAGER, List.of(item(cable, 1)))
                .statusCode(201).extract().path("documentNumber");

        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
    }

    @Test
    void approved_receipts_update_the_receipt_summary_through_kafka_partial_then_received() {
        String noteId = dispatchedNote(List.of(item(cable, 10), item(breaker, 4)));

        String receiptId = takeReceipt(MANAGER, noteId, "APPROVED", List.of(received(cable, 6, 1)))
                .statusCode(201).body("status", equalTo("APPROVED")).extract().path("id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getNote(MANAGER, noteId)
                .body("transferGoodsReceiptStatus", equalTo("PARTIAL"))
                .body("status", equalTo("RECEIVING"))
                .body("receiptSummary.find { it.productId == '" + cable + "' }.received", equalTo(6))
                .body("receiptSummary.find { it.productId == '" + cable + "' }.damaged", equalTo(1))
                .body("receiptSummary.find { it.productId == '" + cable + "' }.outstanding", equalTo(3)));

        String draftId = takeReceipt(MANAGER, noteId, "DRAFT", List.of(received(cable, 3, 0), received(breaker, 4, 0)))
                .statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        // A draft does not count.
        getNote(MANAGER, noteId).body("transferGoodsReceiptStatus", equalTo("PARTIAL"));
        given().header("Authorization", MANAGER).post("/transfers-goods-receipt/{id}/approve", draftId)
                .then().statusCode(200).body("status", equalTo("APPROVED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getNote(MANAGER, noteId)
                .body("transferGoodsReceiptStatus", equalTo("RECEIVED"))
                .body("status", equalTo("FULLY_RECEIVED"))
                .body("receiptSummary", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("receiptSummary.outstanding", org.hamcrest.Matchers.everyItem(equalTo(0))));

        var events = KafkaProbe.read(Topics.TRANSFER_GOODS_RECEIPT,
                r -> (r.key().equals(receiptId) || r.key().equals(draftId))
                        && "goods-receipt-approved".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 2, Duration.ofSeconds(10));
        assertThat(events).hasSize(2).allSatisfy(r -> {
            assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("goods-receipt-approved");
            assertThat(KafkaProbe.header(r, EventHeaders.TENANT)).isEqualTo("acme");
            assertThat(KafkaProbe.header(r, EventHeaders.SCHEMA_VERSION)).isEqualTo("1");
            assertThat(KafkaProbe.header(r, EventHeaders.SOURCE)).isEqualTo("/opsuite/inventory-transfer-service");
            assertThat(KafkaProbe.header(r, EventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(UUID.fromString(KafkaProbe.header(r, EventHeaders.ID))).isNotNull();
            assertThat(r.value()).contains(noteId);
            assertThat(r.headers().toArray()).noneMatch(h -> h.key().startsWith("__debezium"));
        });
    }

    @Test
    void the_request_trace_context_travels_with_the_event() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String id = given().header("Authorization", MANAGER).header("traceparent", traceparent).contentType(ContentType.JSON)
                .body(Map.of("originLocationId", Fixtures.warehouse().toString(), "destinationLocationId", Fixtures.store().toString(),
                        "detail", List.of(item(cable, 1))))
                .post("/transfers-dispatch-note").then().statusCode(201).extract().path("id");

        var events = KafkaProbe.read(Topics.TRANSFER_DISPATCH_NOTE, r -> r.key().equals(id), 1, Duration.ofSeconds(15));

        assertThat(events).singleElement().satisfies(r -> {
            assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("transfer-dispatch-note-created");
            assertThat(KafkaProbe.header(r, EventHeaders.TRACEPARENT)).isEqualTo(traceparent);
        });
    }

    @Test
    void receiving_more_than_is_outstanding_is_refused_naming_the_field() {
        String noteId = dispatchedNote(List.of(item(cable, 5)));
        takeReceipt(MANAGER, noteId, "APPROVED", List.of(received(cable, 4, 0))).statusCode(201);

        takeReceipt(MANAGER, noteId, "APPROVED", List.of(received(cable, 1, 1)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/receipt-exceeds-outstanding"))
                .body("errors.field", hasItem("items[0].receivedQuantity"));
    }

    @Test
    void goods_cannot_be_received_against_a_draft() {
        String draft = createNote(MANAGER, List.of(item(cable, 5)))
                .statusCode(201).extract().path("id");

        takeReceipt(MANAGER, draft, "APPROVED", List.of(received(cable, 1, 0)))
                .statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/note-not-receivable"));
    }

    @Test
    void a_stale_if_match_is_refused() {
        java.util.UUID warehouse = Fixtures.warehouse();
        Fixtures.stock(warehouse, cable, 5, 1);
        String id = createNote(MANAGER, warehouse, Fixtures.store(), List.of(item(cable, 5)))
                .statusCode(201).extract().path("id");

        given().header("Authorization", MANAGER).header("If-Match", "\"7\"")
                .post("/transfers-dispatch-note/{id}/dispatch", id)
                .then().statusCode(412).body("type", equalTo("https://opsuite.dev/problems/stale-version"));
        given().header("Authorization", MANAGER).header("If-Match", "\"0\"")
                .post("/transfers-dispatch-note/{id}/dispatch", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("ACTIVE"));
    }

    @Test
    void only_a_draft_can_be_dispatched() {
        String id = dispatchedNote(List.of(item(cable, 5)));

        given().header("Authorization", MANAGER).post("/transfers-dispatch-note/{id}/dispatch", id)
                .then().statusCode(409).body("type", equalTo("https://opsuite.dev/problems/note-not-draft"));
    }

    @Test
    void a_clerk_cannot_dispatch_403() {
        String id = createNote(MANAGER, List.of(item(cable, 5)))
                .statusCode(201).extract().path("id");

        given().header("Authorization", SuiteStack.bearer("acme", "warehouse-clerk"))
                .post("/transfers-dispatch-note/{id}/dispatch", id).then().statusCode(403);
    }

    @Test
    void lists_are_paged_with_a_total() {
        createNote(MANAGER, List.of(item(cable, 1))).statusCode(201);
        createNote(MANAGER, List.of(item(cable, 1))).statusCode(201);

        given().header("Authorization", MANAGER).queryParam("size", 1).queryParam("orderBy", "documentNumber").queryParam("order", "asc")
                .get("/transfers-dispatch-note")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().header("Authorization", MANAGER).queryParam("orderBy", "password")
                .get("/transfers-dispatch-note")
                .then().statusCode(400).body("errors.field", hasItem("orderBy"));
    }

    private static int sequence(String documentNumber) {
        return Integer.parseInt(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
    }
}
