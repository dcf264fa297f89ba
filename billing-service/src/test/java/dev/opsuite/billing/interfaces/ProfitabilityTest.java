package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.BILLING;
import static dev.opsuite.billing.interfaces.BillingRequests.confirm;
import static dev.opsuite.billing.interfaces.BillingRequests.createInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.createOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.BillingRequests.issue;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's accident scenario reconciled (fleet-service/docs/accidents-and-ledger.md): net 48,000 CZK, the insurer
 * pays 40,000, the company's 8,000 is booked to the order (order-cost-recorded on fleet.order-cost, its orderReference
 * the order's number) — the order invoiced at N shows costs 8000.00 and profit N − 8000.00.
 */
@QuarkusTest
class ProfitabilityTest {

    static final BigDecimal N = new BigDecimal("12500.00");

    @Test
    void the_accidents_company_share_booked_through_kafka_lowers_the_orders_profit_by_8000() {
        String orderId = createOrder(BILLING, UUID.randomUUID(), "CZK", List.of(line("Prague - Brno, full truck", 1, "12500.00")))
                .statusCode(201).extract().path("id");
        confirm(BILLING, orderId).statusCode(200);
        String orderNumber = given().header("Authorization", BILLING).get("/sales-orders/{id}", orderId).then()
                .extract().path("orderNumber");
        issue(BILLING, createInvoice(BILLING, orderId).statusCode(201).extract().path("id")).statusCode(200);
        profitability(orderId).statusCode(200).body("revenue[0].amount", comparesEqualTo(N)).body("costs", hasSize(0))
                .body("profit[0].amount", comparesEqualTo(N));

        String costId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        orderCost(orderNumber, costId, eventId);
        // A redelivery, and the same cost re-published under a new event id: kept once.
        orderCost(orderNumber, costId, eventId);
        orderCost(orderNumber, costId, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> profitability(orderId).statusCode(200)
                .body("orderNumber", equalTo(orderNumber))
                .body("revenue[0].amount", comparesEqualTo(N)).body("revenue[0].currency", equalTo("CZK"))
                .body("costsByKind", hasSize(1)).body("costsByKind[0].kind", equalTo("ACCIDENT"))
                .body("costsByKind[0].amount", comparesEqualTo(new BigDecimal("8000.00")))
                .body("costs[0].amount", comparesEqualTo(new BigDecimal("8000.00")))
                .body("profit[0].amount", comparesEqualTo(N.subtract(new BigDecimal("8000.00"))))
                .body("costLines", hasSize(1)).body("costLines[0].costId", equalTo(costId)));
        // Read until quiet: the records sent were valid order-cost-recorded v1, as fleet writes them.
        assertThat(KafkaProbe.read(Topics.ORDER_COST, r -> orderNumber.equals(r.key()), 3, Duration.ofSeconds(10))).hasSize(3);
        profitability(orderId).body("costLines", hasSize(1));
    }

    @Test
    void another_tenants_order_answers_404() {
        String orderId = createOrder(BILLING, UUID.randomUUID(), "CZK", List.of(line("Transport", 1, "100")))
                .statusCode(201).extract().path("id");

        given().header("Authorization", SuiteStack.bearer("globex", "finance")).get("/sales-orders/{id}/profitability", orderId)
                .then().statusCode(404).body("type", equalTo("https://opsuite.dev/problems/sales-order-not-found"));
    }

    private static ValidatableResponse profitability(String orderId) {
        return given().header("Authorization", BILLING).get("/sales-orders/{id}/profitability", orderId).then();
    }

    /** The company's share of the accident, booked to the order as fleet-service books it. */
    private static void orderCost(String orderNumber, String costId, String eventId) {
        String payload = """
                {"costId":"%s","orderReference":"%s","kind":"ACCIDENT","amount":8000.00,"currency":"CZK",
                 "description":"Accident expense: 8000.00 CZK (ACC-2026-000001)","vehicleId":"%s","driverId":"%s",
                 "sourceType":"ACCIDENT","sourceId":"%s","recordedBy":"fleet-manager-eva","recordedAt":"%s"}"""
                .formatted(costId, orderNumber, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.now());
        DispatchEventsTest.send(Topics.ORDER_COST, orderNumber, "order-cost-recorded", payload, eventId);
    }
}
