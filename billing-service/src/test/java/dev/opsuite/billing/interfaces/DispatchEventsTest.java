package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.BILLING;
import static dev.opsuite.billing.interfaces.BillingRequests.getInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.getOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.BillingRequests.issuedInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static dev.opsuite.billing.interfaces.BillingRequests.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What billing hears from dispatch-service, through Kafka: invoice links, and requests for new invoices. */
@QuarkusTest
class DispatchEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void an_invoice_shows_the_dispatch_it_is_attached_to_and_the_list_filters_by_it() {
        String invoiceId = issuedInvoice(List.of(line("Prague - Brno, full truck", 1, "12500.00")));
        String dispatchId = UUID.randomUUID().toString();

        send(Topics.DISPATCH, dispatchId, "dispatch-invoice-attached", link(dispatchId, invoiceId, "attached"));

        await().atMost(WAIT).untilAsserted(() -> getInvoice(BILLING, invoiceId).statusCode(200)
                .body("dispatch.id", equalTo(dispatchId)).body("dispatch.number", equalTo("DSP-2026-000042")));
        given().header("Authorization", BILLING).queryParam("dispatchId", dispatchId).get("/invoices").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(invoiceId));

        send(Topics.DISPATCH, dispatchId, "dispatch-invoice-detached", link(dispatchId, invoiceId, "detached"));

        await().atMost(WAIT).untilAsserted(() -> getInvoice(BILLING, invoiceId).body("dispatch", nullValue()));
    }

    @Test
    void a_request_from_a_dispatch_is_drafted_and_issued_once_with_its_request_id() {
        String orderId = order(List.of(line("Pallet Brno - Olomouc", 10, "125.50")));
        String pallets = getOrder(BILLING, orderId).extract().path("lines[0].id");
        String requestId = UUID.randomUUID().toString();
        String request = request(requestId, orderId, pallets, "4");
        String eventId = send(Topics.INVOICE_REQUEST, requestId, "invoice-requested", request);

        var announced = KafkaProbe.read(Topics.INVOICE, r -> r.value().contains(requestId), 2, WAIT);

        assertThat(announced).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("invoice-drafted", "invoice-issued");
        String invoiceId = announced.get(0).key();
        getInvoice(BILLING, invoiceId).statusCode(200).body("status", equalTo("ISSUED"))
                .body("requestId", equalTo(requestId)).body("total.amount", comparesEqualTo(new BigDecimal("502.00")))
                .body("createdBy", equalTo("dispatcher-petr"));

        // The same event again, and the same request under a new event id; then a marker behind them on the same key.
        send(Topics.INVOICE_REQUEST, requestId, "invoice-requested", request, eventId);
        send(Topics.INVOICE_REQUEST, requestId, "invoice-requested", request);
        String marker = UUID.randomUUID().toString();
        send(Topics.INVOICE_REQUEST, requestId, "invoice-requested", request(marker, orderId, pallets, "1"));
        KafkaProbe.read(Topics.INVOICE, r -> r.value().contains(marker), 2, WAIT);

        given().header("Authorization", BILLING).queryParam("salesOrderId", orderId).get("/invoices").then()
                .statusCode(200).body("total", equalTo(2));
        getOrder(BILLING, orderId).body("lines[0].invoiced", comparesEqualTo(new BigDecimal("5")));
    }

    @Test
    void a_request_the_api_would_refuse_is_answered_with_invoice_request_rejected_naming_the_problem_type() {
        String orderId = order(List.of(line("Pallet Brno - Olomouc", 10, "125.50")));
        String pallets = getOrder(BILLING, orderId).extract().path("lines[0].id");
        String requestId = UUID.randomUUID().toString();

        send(Topics.INVOICE_REQUEST, requestId, "invoice-requested", request(requestId, orderId, pallets, "11"));

        assertThat(KafkaProbe.read(Topics.INVOICE_REQUEST_OUTCOME, r -> requestId.equals(r.key()), 1, WAIT))
                .singleElement().satisfies(r -> {
                    assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("invoice-request-rejected");
                    assertThat(SalesOrderLifecycleTest.json(r.value()).get("reason").asText()).isEqualTo("quantity-exceeds-order");
                });
        getOrder(BILLING, orderId).body("lines[0].invoiced", comparesEqualTo(BigDecimal.ZERO));
        assertThat(KafkaProbe.read(Topics.INVOICE, r -> r.value().contains(requestId), 0, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void a_request_missing_what_v1_requires_is_dead_lettered_and_the_consumer_goes_on() {
        String orderId = order(List.of(line("Pallet Brno - Olomouc", 10, "125.50")));
        String pallets = getOrder(BILLING, orderId).extract().path("lines[0].id");
        String poison = UUID.randomUUID().toString();
        KafkaProbe.sendForged(Topics.INVOICE_REQUEST, poison, "{\"requestId\":\"" + poison + "\",\"lines\":[]}",
                headers("invoice-requested", poison));
        String next = UUID.randomUUID().toString();
        send(Topics.INVOICE_REQUEST, poison, "invoice-requested", request(next, orderId, pallets, "1"));

        assertThat(KafkaProbe.read(Topics.deadLetter(Topics.INVOICE_REQUEST, "billing-service"),
                r -> poison.equals(KafkaProbe.header(r, EventHeaders.ID)), 1, WAIT))
                .singleElement().satisfies(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("poison"));
        assertThat(KafkaProbe.read(Topics.INVOICE, r -> r.value().contains(next), 2, WAIT)).hasSize(2);
    }

    static String link(String dispatchId, String invoiceId, String how) {
        return """
                {"dispatchId":"%s","dispatchNumber":"DSP-2026-000042","invoiceId":"%s","invoiceNumber":"INV-2026-000001",
                 "salesOrderId":"%s","%sBy":"dispatcher-petr","%sAt":"%s"}""".formatted(dispatchId, invoiceId,
                UUID.randomUUID(), how, how, Instant.now());
    }

    static String request(String requestId, String orderId, String lineId, String quantity) {
        return """
                {"requestId":"%s","dispatchId":"%s","dispatchNumber":"DSP-2026-000042","salesOrderId":"%s",
                 "lines":[{"salesOrderLineId":"%s","quantity":%s}],"requestedBy":"dispatcher-petr","requestedAt":"%s"}"""
                .formatted(requestId, UUID.randomUUID(), orderId, lineId, quantity, Instant.now());
    }

    /** Sends as dispatch-service would, in acme; answers the event id. */
    static String send(String topic, String key, String type, String payload) {
        return send(topic, key, type, payload, UUID.randomUUID().toString());
    }

    static String send(String topic, String key, String type, String payload, String eventId) {
        KafkaProbe.send(topic, key, payload, headers(type, eventId));
        return eventId;
    }

    static Map<String, String> headers(String type, String eventId) {
        return Map.of(EventHeaders.ID, eventId, EventHeaders.TYPE, type, EventHeaders.SCHEMA_VERSION, "1",
                EventHeaders.TENANT, "acme", EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/dispatch-service", EventHeaders.SPEC_VERSION, "1.0");
    }
}
