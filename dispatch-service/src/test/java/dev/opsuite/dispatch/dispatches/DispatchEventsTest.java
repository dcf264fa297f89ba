package dev.opsuite.dispatch.dispatches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.dispatch.testing.Forge;
import dev.opsuite.dispatch.testing.Scene;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every change of a dispatch is on dispatch.dispatch, keyed by its UUID, each record valid against its schema
 * (KafkaProbe checks): the UUID is the events' dispatchId, the DSP number their dispatchNumber.
 */
@QuarkusTest
class DispatchEventsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void edits_invoice_moves_cancel_and_delete_are_announced_once_each() throws Exception {
        Scene s = new Scene("events");
        Forge.Unit unit = s.readyUnit();
        UUID invoice = s.invoice(UUID.randomUUID());
        String id = s.create(s.dispatcher, s.ticket(unit), s.tripFrom, unit.id(), List.of(invoice)).statusCode(201)
                .extract().path("id");
        String number = given().header("Authorization", s.dispatcher).get("/dispatch/" + id).then().extract().path("dispatchId");
        given().header("Authorization", s.dispatcher).contentType(ContentType.JSON)
                .body(Map.of("datetime", s.tripFrom.plus(1, ChronoUnit.HOURS).toString())).patch("/dispatch/" + id).then()
                .statusCode(200);
        given().header("Authorization", s.billing).delete("/dispatch/" + id + "/invoices/" + invoice).then().statusCode(200);
        given().header("Authorization", s.billing).contentType(ContentType.JSON).body(Map.of("invoiceIds", List.of(invoice)))
                .post("/dispatch/" + id + "/invoices").then().statusCode(200);
        s.act(s.dispatcher, id, "cancel", Map.of("reason", "customer postponed")).statusCode(200);
        String deleted = s.pendingDispatch();
        given().header("Authorization", s.manager).delete("/dispatch/" + deleted).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = KafkaProbe.read(Topics.DISPATCH, r -> id.equals(r.key()), 7,
                Duration.ofSeconds(30));
        assertThat(records).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE)).containsExactly("dispatch-created",
                "dispatch-invoice-attached", "dispatch-updated", "dispatch-invoice-detached", "dispatch-invoice-attached",
                "dispatch-invoice-detached", "dispatch-cancelled");
        JsonNode cancelled = JSON.readTree(records.get(6).value());
        assertThat(cancelled.get("dispatchId").asText()).isEqualTo(id);
        assertThat(cancelled.get("dispatchNumber").asText()).isEqualTo(number);
        assertThat(cancelled.get("previousStatus").asText()).isEqualTo("DRAFT");
        assertThat(JSON.readTree(records.get(2).value()).get("changedFields").get(0).asText()).isEqualTo("datetime");
        assertThat(KafkaProbe.read(Topics.DISPATCH, r -> deleted.equals(r.key()), 2, Duration.ofSeconds(30)))
                .extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE)).containsExactly("dispatch-created", "dispatch-deleted");
    }
}
