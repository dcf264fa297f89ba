package dev.opsuite.inventory.pipeline;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;

import static dev.opsuite.inventory.interfaces.NoteRequests.dispatchedNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.received;
import static dev.opsuite.inventory.interfaces.NoteRequests.takeReceipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.inventory.interfaces.Fixtures;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.events.TransferDispatchNoteCreated;
import dev.opsuite.support.outbox.Outbox;
import dev.opsuite.support.relay.OutboxRelay;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of the event pipeline, against real PostgreSQL, Debezium and Kafka: only committed
 * changes are published, each event is applied once however often it is delivered, a stopped relay
 * catches up, and a poison message is parked in the dead-letter topic while the consumer goes on.
 */
@QuarkusTest
class EventPipelineTest {

    UUID cable;

    /** Made per test through the API; the application is up by now (it is not when the test instance is built). */
    @BeforeEach
    void products() {
        cable = Fixtures.product("Cable NYM 3x1.5");
    }
    static final String DEAD_LETTERS = Topics.deadLetter(Topics.TRANSFER_GOODS_RECEIPT, "inventory-transfer-service");

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;

    @Test
    void a_rolled_back_transaction_publishes_nothing() throws Throwable {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                outbox.append(EventCatalog.TRANSFER_DISPATCH_NOTE_CREATED, rolledBack, "acme", created(rolledBack))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("business rule failed after the write"))))))
                .hasMessageContaining("business rule failed");
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                outbox.append(EventCatalog.TRANSFER_DISPATCH_NOTE_CREATED, committed, "acme", created(committed))));

        // The committed event was written after the rolled-back one: once it is on the topic, the other would be too.
        var events = KafkaProbe.read(Topics.TRANSFER_DISPATCH_NOTE,
                r -> r.key().equals(committed.toString()) || r.key().equals(rolledBack.toString()), 1, Duration.ofSeconds(15));
        assertThat(events).extracting(ConsumerRecord::key).containsExactly(committed.toString());
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        String noteId = dispatchedNote(List.of(item(cable, 10)));
        String firstReceipt = takeReceipt(MANAGER, noteId, "APPROVED", List.of(received(cable, 4, 0)))
                .statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getNote(MANAGER, noteId)
                .body("receiptSummary[0].received", equalTo(4)));

        ConsumerRecord<String, String> delivered = KafkaProbe.read(Topics.TRANSFER_GOODS_RECEIPT,
                r -> r.key().equals(firstReceipt) && "goods-receipt-created".equals(KafkaProbe.header(r, EventHeaders.TYPE)),
                1, Duration.ofSeconds(10)).get(0);
        KafkaProbe.resend(delivered);
        KafkaProbe.resend(delivered);
        // One partition: this later event is applied after the two copies were seen.
        takeReceipt(MANAGER, noteId, "APPROVED", List.of(received(cable, 1, 0))).statusCode(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getNote(MANAGER, noteId)
                .body("receiptSummary[0].received", equalTo(5))
                .body("receiptSummary[0].outstanding", equalTo(5)));
    }

    @Test
    void events_committed_while_the_relay_is_stopped_are_published_after_it_restarts() {
        relay.stop();
        assertThat(relay.state()).isEqualTo(OutboxRelay.State.STOPPED);
        Set<String> written = new HashSet<>();
        try {
            for (int i = 0; i < 3; i++) {
                written.add(createNote(MANAGER, List.of(item(cable, 1)))
                        .statusCode(201).extract().path("id"));
            }
        } finally {
            relay.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.state() == OutboxRelay.State.RUNNING);

        var events = KafkaProbe.read(Topics.TRANSFER_DISPATCH_NOTE, r -> written.contains(r.key()), 3, Duration.ofSeconds(30));

        assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_topic_and_the_consumer_carries_on() {
        String poisonId = UUID.randomUUID().toString();
        KafkaProbe.send(Topics.TRANSFER_GOODS_RECEIPT, UUID.randomUUID().toString(), "{ this is not json",
                headers(poisonId, "goods-receipt-created"));

        var parked = KafkaProbe.read(DEAD_LETTERS, r -> poisonId.equals(KafkaProbe.header(r, EventHeaders.ID)), 1,
                Duration.ofSeconds(20));
        assertThat(parked).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("{ this is not json");
            assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("unreadable goods-receipt-created payload");
        });

        String noteId = dispatchedNote(List.of(item(cable, 3)));
        takeReceipt(MANAGER, noteId, "APPROVED", List.of(received(cable, 3, 0))).statusCode(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getNote(MANAGER, noteId)
                .body("transferGoodsReceiptStatus", equalTo("RECEIVED")));
    }

    @Test
    void an_event_naming_a_receipt_its_tenant_does_not_have_is_dead_lettered() {
        // A receipt and its event commit together, so no retry can make such a receipt appear: a business rejection.
        String noteId = dispatchedNote(List.of(item(cable, 2)));
        String acmeReceipt = takeReceipt(MANAGER, noteId, "DRAFT", List.of(received(cable, 1, 0)))
                .statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();
        String foreign = UUID.randomUUID().toString();
        KafkaProbe.send(Topics.TRANSFER_GOODS_RECEIPT, UUID.randomUUID().toString(), createdApproved(UUID.randomUUID().toString(), noteId),
                headers(unknown, "goods-receipt-created"));
        KafkaProbe.send(Topics.TRANSFER_GOODS_RECEIPT, acmeReceipt, createdApproved(acmeReceipt, noteId),
                headers(foreign, "goods-receipt-created", "globex"));

        var parked = KafkaProbe.read(DEAD_LETTERS, r -> unknown.equals(KafkaProbe.header(r, EventHeaders.ID))
                || foreign.equals(KafkaProbe.header(r, EventHeaders.ID)), 2, Duration.ofSeconds(30));

        assertThat(parked).hasSize(2).allSatisfy(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason"))
                .contains("transfer-goods-receipt-not-found"));
        getNote(MANAGER, noteId).body("status", equalTo("ACTIVE")).body("receiptSummary[0].received", equalTo(0));
    }

    private String createdApproved(String receiptId, String noteId) {
        return """
                {"goodsReceiptId":"%s","transferDispatchNoteId":"%s","destinationLocationId":"%s","status":"APPROVED",
                 "createdBy":"test","createdAt":"2026-11-20T10:00:00Z",
                 "items":[{"productId":"%s","receivedQuantity":1,"damagedQuantity":0}]}""".formatted(receiptId, noteId,
                UUID.randomUUID(), cable);
    }

    private static Map<String, String> headers(String eventId, String type) {
        return headers(eventId, type, "acme");
    }

    private static Map<String, String> headers(String eventId, String type, String tenant) {
        return Map.of(EventHeaders.ID, eventId, EventHeaders.TYPE, type, EventHeaders.SCHEMA_VERSION, "1",
                EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/test", EventHeaders.SPEC_VERSION, "1.0");
    }

    private static TransferDispatchNoteCreated created(UUID id) {
        return new TransferDispatchNoteCreated(id, "TDN-TEST", UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                List.of(new TransferDispatchNoteCreated.Item(UUID.randomUUID(), java.math.BigDecimal.ONE)));
    }
}
