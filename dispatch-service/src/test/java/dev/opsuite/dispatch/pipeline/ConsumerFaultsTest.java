package dev.opsuite.dispatch.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Management;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A consumer loses nothing to a fault: events that arrive while its database is down wait, in order,
 * until it is back, and none of them is dead-lettered (before, three quick retries gave up on them).
 */
@QuarkusTest
class ConsumerFaultsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DISPATCHER = SuiteStack.bearer("acme", "dispatcher");
    static final String CONSUMER = "dispatch-service.invoice-projection";

    @Test
    void events_arriving_while_the_database_is_down_are_applied_once_it_is_back_and_none_is_dead_lettered()
            throws Exception {
        List<UUID> invoices = new ArrayList<>();
        List<UUID> events = new ArrayList<>();
        SuiteStack.crashPostgres();
        try {
            for (int i = 0; i < 10; i++) {
                UUID invoiceId = UUID.randomUUID();
                UUID eventId = UUID.randomUUID();
                invoices.add(invoiceId);
                events.add(eventId);
                KafkaProbe.send(Topics.INVOICE, invoiceId.toString(), JSON.writeValueAsString(sample(invoiceId)),
                        headers(eventId));
            }
            // Longer than every retry the old inbox had (3, from 100 ms): it would have given up by now.
            Thread.sleep(6_000);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Management.given().get("/q/health/group/pipeline")
                    .then().log().ifValidationFails().body("checks.find { it.name == 'event-consumers' }.data", org.hamcrest.Matchers.hasKey(CONSUMER)));
        } finally {
            SuiteStack.restartPostgres();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (UUID invoiceId : invoices) {
                given().header("Authorization", DISPATCHER).get("/invoices/{id}", invoiceId).then().statusCode(200);
            }
        });
        // A poison record sent after them is parked after any of them would have been (one partition, in order):
        // once it is in the dead-letter topic, none of ours is there means none was parked.
        UUID sentinel = UUID.randomUUID();
        KafkaProbe.send(Topics.INVOICE, sentinel.toString(), "{ not json", headers(sentinel));
        Set<String> oursAndSentinel = events.stream().map(UUID::toString).collect(Collectors.toCollection(HashSet::new));
        oursAndSentinel.add(sentinel.toString());
        assertThat(KafkaProbe.read(Topics.deadLetter(Topics.INVOICE, "dispatch-service"),
                r -> oursAndSentinel.contains(KafkaProbe.header(r, EventHeaders.ID)), 1, Duration.ofSeconds(30)))
                .extracting(r -> KafkaProbe.header(r, EventHeaders.ID)).containsExactly(sentinel.toString());
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("opsuite_inbox_pause_seconds_count{consumer=\"" + CONSUMER + "\"}")
                .contains("opsuite_inbox_paused_seconds{consumer=\"" + CONSUMER + "\"} 0.0");
        Management.given().get("/q/health/group/pipeline").then().statusCode(200);
    }

    private static ObjectNode sample(UUID invoiceId) throws Exception {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(EventCatalog.INVOICE_ISSUED.sampleResource())) {
            ObjectNode node = (ObjectNode) JSON.readTree(in);
            node.put("invoiceId", invoiceId.toString());
            node.put("salesOrderId", UUID.randomUUID().toString());
            node.put("customerId", UUID.randomUUID().toString());
            return node;
        }
    }

    private static Map<String, String> headers(UUID eventId) {
        return Map.of(EventHeaders.ID, eventId.toString(), EventHeaders.TYPE, "invoice-issued",
                EventHeaders.SCHEMA_VERSION, "1", EventHeaders.TENANT, "acme", EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/billing-service", EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
    }
}
