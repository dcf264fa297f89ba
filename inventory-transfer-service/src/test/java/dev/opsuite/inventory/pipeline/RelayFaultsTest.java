package dev.opsuite.inventory.pipeline;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.Topics;
import dev.opsuite.events.TransferDispatchNoteCreated;
import dev.opsuite.inventory.interfaces.Fixtures;
import dev.opsuite.support.outbox.Outbox;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Management;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay under faults, against real PostgreSQL, Debezium and Kafka: a broker outage delays events
 * without reordering or losing them and without taking the API out of service; an event Kafka will
 * never take is parked instead of blocking the rest; a quiet outbox still lets its slot release WAL.
 */
@QuarkusTest
class RelayFaultsTest {

    @Inject
    Outbox outbox;

    @Test
    void while_kafka_is_away_the_api_keeps_serving_and_the_events_arrive_afterwards_in_order() {
        UUID warehouse = Fixtures.warehouse();
        UUID cable = Fixtures.product("Cable NYM 3x1.5");
        SuiteStack.stopKafka();
        String levelId;
        try {
            Management.given().get("/q/health/ready").then().statusCode(200);
            Management.given().get("/q/health/group/pipeline").then().statusCode(503)
                    .body("checks.find { it.name == 'kafka' }.status", org.hamcrest.Matchers.equalTo("DOWN"));
            for (int i = 0; i < 10; i++) {
                Fixtures.stock(warehouse, cable, 1, new BigDecimal("10.00")); // each commits one stock-level-changed
            }
            levelId = given().header("Authorization", MANAGER).queryParam("locationId", warehouse)
                    .queryParam("productId", cable).get("/stock").then().statusCode(200).extract().path("items[0].id");
        } finally {
            SuiteStack.restartKafka();
        }

        List<ConsumerRecord<String, String>> levels = KafkaProbe.read(Topics.STOCK_LEVEL,
                r -> levelId.equals(r.key()) && onHand(r.value()) == 10, 1, Duration.ofSeconds(120));
        assertThat(levels).as("the tenth change reached Kafka").isNotEmpty();
        List<Integer> seen = KafkaProbe.read(Topics.STOCK_LEVEL, r -> levelId.equals(r.key()), 10, Duration.ofSeconds(10))
                .stream().map(r -> onHand(r.value())).toList();
        // A restart re-sends from the last committed offset, so a value may come twice, but never one before its predecessor.
        int highest = 0;
        for (int onHand : seen) {
            assertThat(onHand).as("stock-level-changed sequence %s", seen).isLessThanOrEqualTo(highest + 1);
            highest = Math.max(highest, onHand);
        }
        assertThat(seen).containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    }

    @Test
    void an_event_kafka_will_never_take_is_parked_and_later_events_still_flow() throws Throwable {
        UUID huge = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        double parkedBefore = parkedTotal();
        append(huge, "TDN-" + "X".repeat(2 * 1024 * 1024)); // over the producer's 1 MiB request limit
        append(after, "TDN-AFTER");

        var delivered = KafkaProbe.read(Topics.TRANSFER_DISPATCH_NOTE, r -> r.key().equals(after.toString()), 1,
                Duration.ofSeconds(30));
        assertThat(delivered).hasSize(1);
        try (Connection c = serviceDatabase(); Statement s = c.createStatement();
             ResultSet parked = s.executeQuery("select topic, aggregate_id, type, reason, length(payload) from outbox_parked_event"
                     + " where aggregate_id = '" + huge + "'")) {
            assertThat(parked.next()).as("the too large event is parked").isTrue();
            assertThat(parked.getString("topic")).isEqualTo(Topics.TRANSFER_DISPATCH_NOTE);
            assertThat(parked.getString("type")).isEqualTo("transfer-dispatch-note-created");
            assertThat(parked.getString("reason")).contains("RecordTooLargeException");
            assertThat(parked.getInt(5)).isGreaterThan(2 * 1024 * 1024);
        }
        assertThat(parkedTotal()).as("exactly the one event is counted as parked").isEqualTo(parkedBefore + 1);
    }

    @Test
    void a_quiet_outbox_confirms_its_position_so_the_slot_does_not_hold_the_clusters_wal() throws SQLException {
        double parkedBefore = parkedTotal();
        String before;
        try (Connection postgres = DriverManager.getConnection(SuiteStack.jdbcUrl(), "postgres", "postgres");
             Statement s = postgres.createStatement()) {
            ResultSet cap = s.executeQuery("show max_slot_wal_keep_size");
            cap.next();
            assertThat(cap.getString(1)).isEqualTo("2GB");
            // WAL written by another database of the cluster: nothing this service's outbox publishes.
            s.execute("create table if not exists wal_filler (id bigint, filler text)");
            s.execute("insert into wal_filler select g, repeat('x', 200) from generate_series(1, 20000) g");
            ResultSet lsn = s.executeQuery("select pg_current_wal_lsn()::text");
            lsn.next();
            before = lsn.getString(1);
        }
        String written = before;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Connection c = serviceDatabase(); Statement s = c.createStatement();
                 ResultSet slot = s.executeQuery("select confirmed_flush_lsn >= '" + written + "'::pg_lsn"
                         + " from pg_replication_slots where slot_name = 'outbox_inventory_transfer'")) {
                assertThat(slot.next()).isTrue();
                assertThat(slot.getBoolean(1)).as("slot confirmed past %s", written).isTrue();
            }
        });
        // Only a heartbeat's logical decoding message can have moved the slot past the filler: it was not an event.
        assertThat(parkedTotal()).as("heartbeats are never parked").isEqualTo(parkedBefore);
    }

    private static double parkedTotal() {
        var total = java.util.regex.Pattern.compile("(?m)^opsuite_outbox_parked_total(\\{[^}]*\\})? (\\S+)$")
                .matcher(Management.given().get("/q/metrics").then().extract().asString());
        double sum = 0;
        while (total.find()) {
            sum += Double.parseDouble(total.group(2));
        }
        return sum;
    }

    private void append(UUID noteId, String documentNumber) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.append(
                EventCatalog.TRANSFER_DISPATCH_NOTE_CREATED, noteId, "acme",
                new TransferDispatchNoteCreated(noteId, documentNumber, UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                        List.of(new TransferDispatchNoteCreated.Item(UUID.randomUUID(), BigDecimal.ONE))))));
    }

    private static int onHand(String payload) {
        var m = java.util.regex.Pattern.compile("\"onHand\":\\s*(\\d+)").matcher(payload);
        assertThat(m.find()).as("onHand in %s", payload).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Connection serviceDatabase() throws SQLException {
        return dev.opsuite.testing.SuiteStack.serviceDatabase();
    }
}
