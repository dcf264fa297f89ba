package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.BILLING;
import static dev.opsuite.billing.interfaces.BillingRequests.cancel;
import static dev.opsuite.billing.interfaces.BillingRequests.confirm;
import static dev.opsuite.billing.interfaces.BillingRequests.createInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.draftOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.getOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static dev.opsuite.billing.interfaces.BillingRequests.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.concurrent.Callable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An order is placed as a draft, confirmed (then invoiceable) or cancelled; each change is announced once. */
@QuarkusTest
class SalesOrderLifecycleTest {

    static JsonNode json(String value) {
        try {
            return new ObjectMapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_draft_is_confirmed_with_if_match_and_announced_on_billing_sales_order() {
        String id = draftOrder(List.of(line("Prague - Brno, full truck", 1, "12500.00"), line("Loading", 2, "150")));
        getOrder(BILLING, id).statusCode(200).header("ETag", "\"0\"").body("status", equalTo("DRAFT"))
                .body("lines[0].id", notNullValue()).body("lines[1].remaining", comparesEqualTo(new BigDecimal("2")));

        given().header("Authorization", BILLING).header("If-Match", "\"7\"").post("/sales-orders/{id}/confirm", id)
                .then().statusCode(412).body("type", equalTo("https://opsuite.dev/problems/stale-version"));
        given().header("Authorization", BILLING).header("If-Match", "\"0\"").post("/sales-orders/{id}/confirm", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CONFIRMED"))
                .body("confirmedBy", equalTo("test-billing")).body("confirmedAt", notNullValue());
        confirm(BILLING, id).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/sales-order-not-draft"))
                .body("errors.field", hasItem("status"));

        assertThat(KafkaProbe.read(Topics.SALES_ORDER, r -> id.equals(r.key()), 1, Duration.ofSeconds(30)))
                .singleElement().satisfies(r -> {
                    assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("sales-order-confirmed");
                    assertThat(json(r.value()).at("/total/amount").decimalValue()).isEqualByComparingTo("12800.00");
                    assertThat(json(r.value()).at("/lines").size()).isEqualTo(2);
                });
    }

    @Test
    void a_draft_order_is_not_invoiced_422_naming_sales_order_id() {
        String id = draftOrder(List.of(line("Cable", 1, "10")));

        createInvoice(BILLING, id).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/sales-order-not-confirmed"))
                .body("errors.field", hasItem("salesOrderId"));
    }

    @Test
    void an_order_with_a_live_invoice_is_not_cancelled_409() {
        String invoiced = order(List.of(line("Cable", 1, "10")));
        createInvoice(BILLING, invoiced).statusCode(201);

        cancel(BILLING, invoiced, "Customer withdrew").statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/sales-order-has-live-invoices"))
                .body("errors.field", hasItem("status"));
        getOrder(BILLING, invoiced).statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void cancelling_and_invoicing_an_order_at_once_queue_on_the_order_one_of_them_wins() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = order(List.of(line("Cable", 2, "10")));
            Callable<ExtractableResponse<Response>> invoice = () -> createInvoice(BILLING, id).extract();
            Callable<ExtractableResponse<Response>> cancelIt = () -> cancel(BILLING, id, "Customer withdrew").extract();

            List<ExtractableResponse<Response>> answers = Race.all(List.of(invoice, cancelIt));

            int invoiced = answers.get(0).statusCode();
            int cancelled = answers.get(1).statusCode();
            assertThat(List.of(invoiced, cancelled)).as("invoice, cancel").isIn(List.of(201, 409), List.of(422, 200));
            getOrder(BILLING, id).body("status", equalTo(cancelled == 200 ? "CANCELLED" : "CONFIRMED"));
        }
    }

    @Test
    void a_cancelled_order_says_why_and_is_not_invoiced() {
        String draft = draftOrder(List.of(line("Cable", 1, "10")));
        cancel(BILLING, draft, "Customer withdrew").statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Customer withdrew")).body("cancelledBy", equalTo("test-billing"));
        cancel(BILLING, draft, "again").statusCode(409);
        createInvoice(BILLING, draft).statusCode(422).body("errors.field", hasItem("salesOrderId"));
        given().header("Authorization", BILLING).contentType("application/json").body("{}")
                .post("/sales-orders/{id}/cancel", order(List.of(line("Cable", 1, "10")))).then()
                .statusCode(400).body("errors.field", hasItem("reason"));

        assertThat(KafkaProbe.read(Topics.SALES_ORDER, r -> draft.equals(r.key()), 1, Duration.ofSeconds(30)))
                .singleElement().satisfies(r -> assertThat(KafkaProbe.header(r, EventHeaders.TYPE))
                        .isEqualTo("sales-order-cancelled"));
    }
}
