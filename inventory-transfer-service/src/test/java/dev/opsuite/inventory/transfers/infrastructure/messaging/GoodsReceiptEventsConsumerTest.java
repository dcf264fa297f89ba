package dev.opsuite.inventory.transfers.infrastructure.messaging;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.decimal;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.exact;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.received;
import static dev.opsuite.inventory.interfaces.NoteRequests.stockLevel;
import static dev.opsuite.inventory.interfaces.NoteRequests.takeReceipt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.inventory.interfaces.Fixtures;
import dev.opsuite.support.relay.OutboxRelay;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Goods receipt events are trusted for the receipt's id and tenant only: what is booked into the
 * receipt summary and the destination's stock is the stored, approved receipt, once, however many
 * events name it, under whatever event ids, and however they race.
 */
@QuarkusTest
class GoodsReceiptEventsConsumerTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String RECEIPTS = Topics.TRANSFER_GOODS_RECEIPT;

    @Inject
    OutboxRelay relay;
    @Inject
    GoodsReceiptEventsConsumer consumer;

    UUID cable;

    @BeforeEach
    void product() {
        cable = Fixtures.product("Cable NYM 3x1.5");
    }

    @Test
    void a_forged_event_books_the_stored_receipt_not_its_payload() {
        Transfer transfer = transfer();
        Transfer other = transfer();
        String receipt = whileRelayStopped(() -> {
            // Stored: 4 reels in good order and 1 damaged. Its own event waits in the outbox's log.
            String id = takeReceipt(MANAGER, transfer.note(), "APPROVED", List.of(received(cable, 4, 1)))
                    .statusCode(201).extract().path("id");
            // Valid headers and a new event id; the payload claims 9 reels, none damaged, for another note and destination.
            KafkaProbe.send(RECEIPTS, id, created(id, other.note(), UUID.randomUUID(), 9, 0),
                    headers(UUID.randomUUID(), "goods-receipt-created", "acme"));
            await().atMost(PATIENCE).untilAsserted(() -> getNote(MANAGER, transfer.note())
                    .body("receiptSummary[0].received", equalTo(4)));
            return id;
        });

        Booking booked = bookingOf(transfer, receipt);
        assertThat(booked.line("damaged")).isEqualByComparingTo("1");
        assertThat(booked.line("outstanding")).isEqualByComparingTo("5");
        assertThat(booked.stock("onHand")).isEqualByComparingTo("14");
        assertThat(booked.stock("inTransit")).isEqualByComparingTo("5");
        // (10 x 20.00 + 4 x 10.00) / 14 = 240 / 14
        assertThat(booked.stock("unitCost")).isEqualByComparingTo("17.142857");
        assertThat(booked.movementKinds()).containsExactlyInAnyOrder("TRANSFER_IN", "TRANSFER_DAMAGE_WRITE_OFF");
        getNote(MANAGER, other.note()).body("status", equalTo("ACTIVE")).body("receiptSummary[0].received", equalTo(0));

        // The receipt's own goods-receipt-created, published after the relay restarted, finds it booked.
        consumerCaughtUp();
        assertThat(bookingOf(transfer, receipt)).isEqualTo(booked);
    }

    @Test
    void a_receipt_named_again_under_new_event_ids_is_booked_once() {
        Transfer transfer = transfer();
        String receipt = takeReceipt(MANAGER, transfer.note(), "APPROVED", List.of(received(cable, 4, 1)))
                .statusCode(201).extract().path("id");
        await().atMost(PATIENCE).untilAsserted(() -> getNote(MANAGER, transfer.note())
                .body("receiptSummary[0].received", equalTo(4)));
        Booking booked = bookingOf(transfer, receipt);

        // The created-APPROVED event published again under a new id, and an updated event saying it became APPROVED.
        ConsumerRecord<String, String> published = KafkaProbe.read(RECEIPTS, r -> r.key().equals(receipt)
                && "goods-receipt-created".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE).get(0);
        KafkaProbe.send(RECEIPTS, receipt, published.value(), underNewId(published));
        KafkaProbe.send(RECEIPTS, receipt, updated(receipt, transfer.note(), transfer.store(), 4, 1),
                headers(UUID.randomUUID(), "goods-receipt-updated", "acme"));
        consumerCaughtUp();

        assertThat(bookingOf(transfer, receipt)).isEqualTo(booked);
        assertThat(booked.movementKinds()).hasSize(2);
    }

    @Test
    void a_draft_receipt_is_booked_when_approved_not_when_an_event_says_so() {
        Transfer transfer = transfer();
        String receipt = takeReceipt(MANAGER, transfer.note(), "DRAFT", List.of(received(cable, 4, 0)))
                .statusCode(201).extract().path("id");
        KafkaProbe.send(RECEIPTS, receipt, updated(receipt, transfer.note(), transfer.store(), 4, 0),
                headers(UUID.randomUUID(), "goods-receipt-updated", "acme"));
        consumerCaughtUp();
        getNote(MANAGER, transfer.note()).body("status", equalTo("ACTIVE")).body("receiptSummary[0].received", equalTo(0));

        given().header("Authorization", MANAGER).post("/transfers-goods-receipt/{id}/approve", receipt).then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> getNote(MANAGER, transfer.note())
                .body("status", equalTo("RECEIVING")).body("receiptSummary[0].received", equalTo(4)));
        assertThat(decimal(stockLevel(transfer.store(), cable), "items[0].onHand")).isEqualByComparingTo("14");
    }

    @Test
    void racing_deliveries_of_one_receipt_book_it_once() throws Exception {
        Transfer transfer = transfer();
        Booking booked = whileRelayStopped(() -> {
            String receipt = takeReceipt(MANAGER, transfer.note(), "APPROVED", List.of(received(cable, 4, 1)))
                    .statusCode(201).extract().path("id");
            // Two deliveries at once, as two consumers would make them: different event ids, one receipt.
            List<Callable<Void>> deliveries = List.of(
                    () -> deliver(receipt, created(receipt, transfer.note(), transfer.store(), 4, 1), "goods-receipt-created"),
                    () -> deliver(receipt, updated(receipt, transfer.note(), transfer.store(), 4, 1), "goods-receipt-updated"));
            Race.all(deliveries);
            return bookingOf(transfer, receipt);
        });

        assertThat(booked.line("received")).isEqualByComparingTo("4");
        assertThat(booked.stock("onHand")).isEqualByComparingTo("14");
        assertThat(booked.stock("unitCost")).isEqualByComparingTo("17.142857");
        assertThat(booked.movementKinds()).containsExactlyInAnyOrder("TRANSFER_IN", "TRANSFER_DAMAGE_WRITE_OFF");
        consumerCaughtUp();
        assertThat(bookingOf(transfer, booked.receipt())).isEqualTo(booked);
    }

    @Test
    void closing_short_waits_until_every_approved_receipt_is_booked() {
        Transfer transfer = transfer();
        whileRelayStopped(() -> {
            takeReceipt(MANAGER, transfer.note(), "APPROVED", List.of(received(cable, 4, 1))).statusCode(201);
            closeShort(transfer.note()).statusCode(409).body("type", equalTo("https://opsuite.dev/problems/receipts-pending"));
            return null;
        });
        await().atMost(PATIENCE).untilAsserted(() -> getNote(MANAGER, transfer.note())
                .body("receiptSummary[0].received", equalTo(4)));

        closeShort(transfer.note()).statusCode(200)
                .body("status", equalTo("CLOSED_SHORT"))
                .body("receiptSummary[0].shortage", equalTo(5));
    }

    /** A note of 10 reels dispatched at 10.00 from a fresh warehouse to a fresh store that holds 10 at 20.00. */
    private Transfer transfer() {
        UUID warehouse = Fixtures.warehouse();
        UUID store = Fixtures.store();
        Fixtures.stock(warehouse, cable, 10, "10.00");
        Fixtures.stock(store, cable, 10, "20.00");
        String note = createNote(MANAGER, warehouse, store, List.of(item(cable, 10))).statusCode(201).extract().path("id");
        dispatch(MANAGER, note).statusCode(200);
        return new Transfer(note, store);
    }

    record Transfer(String note, UUID store) {
    }

    /** What a booking left behind: the note's receipt summary, the destination's stock level, the receipt's movements. */
    record Booking(String receipt, List<Map<String, Object>> summary, Object receiptStatus, Map<String, Object> level,
            List<String> movementIds, List<String> movementKinds) {

        BigDecimal line(String field) {
            return new BigDecimal(String.valueOf(summary.get(0).get(field)));
        }

        BigDecimal stock(String field) {
            return new BigDecimal(String.valueOf(level.get(field)));
        }
    }

    private Booking bookingOf(Transfer transfer, String receipt) {
        JsonPath note = exact(getNote(MANAGER, transfer.note()).statusCode(200).extract().asString());
        JsonPath movements = exact(given().header("Authorization", MANAGER)
                .queryParam("referenceType", "transfer-goods-receipt").queryParam("referenceId", receipt)
                .get("/stock/movements").then().statusCode(200).extract().asString());
        return new Booking(receipt, note.getList("receiptSummary"), note.get("transferGoodsReceiptStatus"),
                stockLevel(transfer.store(), cable).getMap("items[0]"),
                movements.getList("items.id", String.class).stream().sorted().toList(),
                movements.getList("items.kind", String.class));
    }

    /** One partition: once a receipt taken now is booked, every record sent before it has been consumed. */
    private void consumerCaughtUp() {
        Transfer sentinel = transfer();
        takeReceipt(MANAGER, sentinel.note(), "APPROVED", List.of(received(cable, 1, 0))).statusCode(201);
        await().atMost(PATIENCE).untilAsserted(() -> getNote(MANAGER, sentinel.note())
                .body("receiptSummary[0].received", equalTo(1)));
    }

    private <T> T whileRelayStopped(Callable<T> work) {
        relay.stop();
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            relay.start();
            await().atMost(PATIENCE).until(() -> relay.state() == OutboxRelay.State.RUNNING);
        }
    }

    private Void deliver(String receipt, String payload, String type) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(RECEIPTS, 0, 0L, receipt, payload);
        headers(UUID.randomUUID(), type, "acme").forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return consumer.consume(record).await().atMost(PATIENCE);
    }

    private static io.restassured.response.ValidatableResponse closeShort(String note) {
        return given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("reason", "Pallet lost by the carrier"))
                .post("/transfers-dispatch-note/{id}/close-short", note).then();
    }

    private String created(String receipt, String note, UUID destination, int received, int damaged) {
        return """
                {"goodsReceiptId":"%s","transferDispatchNoteId":"%s","destinationLocationId":"%s","status":"APPROVED",
                 "items":[{"productId":"%s","receivedQuantity":%d,"damagedQuantity":%d}],
                 "createdBy":"forger","createdAt":"2026-11-20T10:00:00Z"}""".formatted(receipt, note, destination, cable,
                received, damaged);
    }

    private String updated(String receipt, String note, UUID destination, int received, int damaged) {
        return """
                {"goodsReceiptId":"%s","transferDispatchNoteId":"%s","destinationLocationId":"%s",
                 "previousStatus":"DRAFT","status":"APPROVED",
                 "items":[{"productId":"%s","receivedQuantity":%d,"damagedQuantity":%d}],
                 "updatedBy":"forger","updatedAt":"2026-11-20T10:00:00Z"}""".formatted(receipt, note, destination, cable,
                received, damaged);
    }

    private static Map<String, String> underNewId(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        headers.put(EventHeaders.ID, UUID.randomUUID().toString());
        return headers;
    }

    private static Map<String, String> headers(UUID eventId, String type, String tenant) {
        return Map.of(EventHeaders.ID, eventId.toString(), EventHeaders.TYPE, type, EventHeaders.SCHEMA_VERSION, "1",
                EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/inventory-transfer-service", EventHeaders.SPEC_VERSION, "1.0");
    }
}
