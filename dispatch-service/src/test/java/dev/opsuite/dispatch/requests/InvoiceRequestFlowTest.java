package dev.opsuite.dispatch.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.dispatch.testing.Forge;
import dev.opsuite.dispatch.testing.Scene;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.InvoiceRequestRejected;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's "attach existing invoices OR create new ones": dispatch asks billing by event, billing's answers are forged
 * here as billing would send them, and the caller follows the request to FULFILLED (invoice attached) or REJECTED.
 */
@QuarkusTest
class InvoiceRequestFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void billing_issues_the_requested_invoice_and_it_lands_on_the_dispatch() throws Exception {
        Scene s = new Scene("create-new");
        String dispatch = s.pendingDispatch();
        UUID order = UUID.randomUUID();
        UUID line = UUID.randomUUID();

        String request = given().header("Authorization", s.dispatcher).contentType(ContentType.JSON)
                .body(Map.of("salesOrderId", order, "lines", List.of(Map.of("salesOrderLineId", line, "quantity", new java.math.BigDecimal("12.5")))))
                .post("/dispatch/" + dispatch + "/invoice-requests").then().statusCode(202)
                .body("status", equalTo("REQUESTED")).extract().path("id");

        List<ConsumerRecord<String, String>> asked = KafkaProbe.read(Topics.INVOICE_REQUEST, r -> request.equals(r.key()), 1,
                PATIENCE);
        JsonNode payload = JSON.readTree(asked.get(0).value());
        assertThat(payload.get("dispatchId").asText()).isEqualTo(dispatch);
        assertThat(payload.get("salesOrderId").asText()).isEqualTo(order.toString());
        assertThat(payload.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("12.5");

        UUID invoice = UUID.randomUUID();
        Forge.invoiceIssued(s.tenant, invoice, UUID.randomUUID(), UUID.fromString(request));

        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", s.dispatcher)
                .get("/dispatch/" + dispatch + "/invoice-requests").then().statusCode(200)
                .body("[0].status", equalTo("FULFILLED")).body("[0].invoiceId", equalTo(invoice.toString()))
                .body("[0].attached", equalTo(true)));
        given().header("Authorization", s.dispatcher).get("/dispatch/" + dispatch).then()
                .body("status", equalTo("DRAFT")).body("invoices[0].id", equalTo(invoice.toString()))
                .body("invoices[0].customerName", equalTo("Novák Logistics s.r.o."));
        given().header("Authorization", s.dispatcher).get("/invoices/" + invoice).then().body("requestId", equalTo(request));
    }

    @Test
    void billing_refuses_and_the_request_says_why() {
        Scene s = new Scene("refused");
        String dispatch = s.pendingDispatch();
        UUID order = UUID.randomUUID();
        String request = given().header("Authorization", s.billing).contentType(ContentType.JSON)
                .body(Map.of("salesOrderId", order, "lines", List.of(Map.of("salesOrderLineId", UUID.randomUUID(),
                        "quantity", 3))))
                .post("/dispatch/" + dispatch + "/invoice-requests").then().statusCode(202).extract().path("id");

        Forge.send(EventCatalog.INVOICE_REQUEST_REJECTED, s.tenant, request, new InvoiceRequestRejected(
                UUID.fromString(request), UUID.fromString(dispatch), order, "quantity-exceeds-order",
                "Line 1 has 2 left to invoice; 3 were asked.", Instant.now()));

        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", s.fleetManager)
                .get("/dispatch/" + dispatch + "/invoice-requests").then().statusCode(200)
                .body("[0].status", equalTo("REJECTED")).body("[0].reason", equalTo("quantity-exceeds-order")));
        given().header("Authorization", s.dispatcher).get("/dispatch/" + dispatch).then().body("invoiceCount", equalTo(0));
    }

    @Test
    void a_request_for_a_dispatch_that_no_longer_takes_invoices_is_refused() {
        Scene s = new Scene("late");
        String completed = s.dispatchIn("COMPLETED", s.dispatcher);

        given().header("Authorization", s.dispatcher).contentType(ContentType.JSON)
                .body(Map.of("salesOrderId", UUID.randomUUID(), "lines", List.of(Map.of("salesOrderLineId", UUID.randomUUID(),
                        "quantity", 1))))
                .post("/dispatch/" + completed + "/invoice-requests").then().statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/dispatch-closed-for-invoices"));
        given().header("Authorization", s.dispatcher).contentType(ContentType.JSON)
                .body(Map.of("salesOrderId", UUID.randomUUID(), "lines", List.of(Map.of("salesOrderLineId", UUID.randomUUID(),
                        "quantity", -1))))
                .post("/dispatch/" + completed + "/invoice-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].quantity"));
    }
}
