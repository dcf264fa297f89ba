package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.BILLING;
import static dev.opsuite.billing.interfaces.BillingRequests.createInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.createOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.getInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.getOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.part;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.BillingRequests.issue;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static dev.opsuite.billing.interfaces.BillingRequests.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.InvoiceIssued;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Flow 2 of the foundation, billing's half: order, invoice, issue, and invoice-issued on billing.invoice. */
@QuarkusTest
class InvoiceFlowTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void a_new_order_has_a_number_and_a_total_rounded_half_up_to_cents() {
        UUID customer = UUID.randomUUID();
        String id = createOrder(BILLING, customer, "EUR", List.of(line("Cable 3x2.5", 3, "33.333"), line("Fitting", 1, "0.50")))
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("orderNumber", matchesPattern("SO-\\d{4}-\\d{6}"))
                .body("lines[0].amount", comparesEqualTo(new BigDecimal("100.00")))
                .body("total.amount", comparesEqualTo(new BigDecimal("100.50")))
                .body("total.currency", equalTo("EUR"))
                .body("createdBy", equalTo("test-billing"))
                .extract().path("id");

        given().header("Authorization", SuiteStack.bearer("acme", "dispatcher")).get("/sales-orders/{id}", id)
                .then().statusCode(200).body("customerId", equalTo(customer.toString()));
        given().header("Authorization", BILLING).queryParam("customerId", customer.toString()).get("/sales-orders")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void an_issued_invoice_is_published_once_keyed_by_its_id_with_the_order_total() throws Exception {
        String orderId = order(List.of(line("Cable", 3, "33.333"), line("Breaker", 2, "12.10")));
        BigDecimal orderTotal = new BigDecimal("124.20");

        String invoiceId = createInvoice(BILLING, orderId)
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("invoiceNumber", matchesPattern("INV-\\d{4}-\\d{6}"))
                .body("status", equalTo("DRAFT"))
                .body("salesOrderId", equalTo(orderId))
                .body("total.amount", comparesEqualTo(orderTotal))
                .body("issuedAt", nullValue())
                .extract().path("id");

        issue(BILLING, invoiceId)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ISSUED"))
                .body("issuedAt", notNullValue())
                .body("issuedBy", equalTo("test-billing"));
        getInvoice(SuiteStack.bearer("acme", "operations-manager"), invoiceId).statusCode(200).body("status", equalTo("ISSUED"));

        var events = KafkaProbe.read(Topics.INVOICE, issuedOf(invoiceId), 1, Duration.ofSeconds(30));

        assertThat(events).singleElement().satisfies(r -> {
            assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("invoice-issued");
            assertThat(KafkaProbe.header(r, EventHeaders.TENANT)).isEqualTo("acme");
            assertThat(KafkaProbe.header(r, EventHeaders.SCHEMA_VERSION)).isEqualTo("1");
            assertThat(KafkaProbe.header(r, EventHeaders.SOURCE)).isEqualTo("/opsuite/billing-service");
            InvoiceIssued payload = JSON.readValue(r.value(), InvoiceIssued.class);
            assertThat(payload.invoiceId()).hasToString(invoiceId);
            assertThat(payload.salesOrderId()).hasToString(orderId);
            assertThat(payload.invoiceNumber()).matches("INV-\\d{4}-\\d{6}");
            assertThat(payload.salesOrderNumber()).matches("SO-\\d{4}-\\d{6}");
            assertThat(payload.total().amount()).isEqualByComparingTo(orderTotal);
            assertThat(payload.total().currency()).isEqualTo("EUR");
            assertThat(payload.issuedAt()).isNotNull();
        });
    }

    @Test
    void issuing_twice_is_a_409_and_publishes_nothing_more() {
        String invoiceId = createInvoice(BILLING, order(List.of(line("Cable", 1, "10")))).statusCode(201).extract().path("id");
        issue(BILLING, invoiceId).statusCode(200);

        issue(BILLING, invoiceId)
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/invoice-not-draft"));

        // Read until the topic is quiet: the refused second issue added nothing to it.
        assertThat(KafkaProbe.read(Topics.INVOICE, issuedOf(invoiceId), 1, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void a_draft_is_announced_with_its_lines_before_it_is_issued() {
        String invoiceId = createInvoice(BILLING, order(List.of(line("Cable", 4, "10")))).statusCode(201).extract().path("id");

        issue(BILLING, invoiceId).statusCode(200);

        // One key, one partition, in order.
        assertThat(KafkaProbe.read(Topics.INVOICE, r -> invoiceId.equals(r.key()), 2, Duration.ofSeconds(30)))
                .extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE)).containsExactly("invoice-drafted", "invoice-issued");
    }

    @Test
    void four_clerks_invoicing_all_of_one_order_at_once_make_one_invoice_and_three_409s() throws Exception {
        String orderId = order(List.of(line("Cable", 1, "10")));
        Callable<ExtractableResponse<Response>> invoice = () -> createInvoice(BILLING, orderId).extract();

        List<ExtractableResponse<Response>> answers = Race.all(Collections.nCopies(4, invoice));

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).hasSize(3).allSatisfy(loser -> {
            assertThat(loser.jsonPath().getString("type"))
                    .isEqualTo("https://opsuite.dev/problems/sales-order-fully-invoiced");
            assertThat(loser.jsonPath().getList("errors.field")).contains("salesOrderId");
        });
        given().header("Authorization", BILLING).queryParam("salesOrderId", orderId).get("/invoices")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void an_order_is_invoiced_in_parts_and_the_parts_never_exceed_a_line() {
        String orderId = order(List.of(line("Pallet Brno - Olomouc", 10, "125.50"), line("Loading", 1, "300")));
        String pallets = getOrder(BILLING, orderId).extract().path("lines[0].id");
        String loading = getOrder(BILLING, orderId).extract().path("lines[1].id");

        createInvoice(BILLING, orderId, List.of(part(pallets, "4")))
                .statusCode(201).body("total.amount", comparesEqualTo(new BigDecimal("502.00")))
                .body("lines[0].salesOrderLineId", equalTo(pallets)).body("lines[0].amount", comparesEqualTo(new BigDecimal("502.00")));
        createInvoice(BILLING, orderId, List.of(part(pallets, "6.5")))
                .statusCode(409).body("type", equalTo("https://opsuite.dev/problems/quantity-exceeds-order"))
                .body("errors.field", hasItem("lines[0].quantity"));
        createInvoice(BILLING, orderId, List.of(part(loading, "1"), part(UUID.randomUUID().toString(), "1")))
                .statusCode(422).body("errors.field", hasItem("lines[1].salesOrderLineId"));
        createInvoice(BILLING, orderId).statusCode(201)
                .body("lines.quantity", contains(comparesEqualTo(new BigDecimal("6")), comparesEqualTo(BigDecimal.ONE)))
                .body("total.amount", comparesEqualTo(new BigDecimal("1053.00")));

        getOrder(BILLING, orderId).statusCode(200)
                .body("lines[0].invoiced", comparesEqualTo(BigDecimal.TEN)).body("lines[0].remaining", comparesEqualTo(BigDecimal.ZERO));
        given().header("Authorization", BILLING).queryParam("salesOrderId", orderId).get("/invoices")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void four_clerks_invoicing_the_last_units_of_a_line_at_once_one_wins_and_three_get_409_naming_the_quantity() throws Exception {
        String orderId = order(List.of(line("Pallet Brno - Olomouc", 10, "125.50")));
        String pallets = getOrder(BILLING, orderId).extract().path("lines[0].id");
        createInvoice(BILLING, orderId, List.of(part(pallets, "7"))).statusCode(201);
        Callable<ExtractableResponse<Response>> lastThree = () -> createInvoice(BILLING, orderId, List.of(part(pallets, "3"))).extract();

        List<ExtractableResponse<Response>> answers = Race.all(Collections.nCopies(4, lastThree));

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(loser -> {
            assertThat(loser.jsonPath().getString("type")).isEqualTo("https://opsuite.dev/problems/quantity-exceeds-order");
            assertThat(loser.jsonPath().getList("errors.field")).containsExactly("lines[0].quantity");
        });
        getOrder(BILLING, orderId).body("lines[0].invoiced", comparesEqualTo(BigDecimal.TEN));
        given().header("Authorization", BILLING).queryParam("salesOrderId", orderId).get("/invoices")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void four_clerks_issuing_one_invoice_at_once_issue_it_once_and_the_rest_get_409() throws Exception {
        String invoiceId = createInvoice(BILLING, order(List.of(line("Cable", 1, "10")))).statusCode(201).extract().path("id");
        Callable<Integer> issueIt = () -> issue(BILLING, invoiceId).extract().statusCode();

        assertThat(Race.all(Collections.nCopies(4, issueIt))).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertThat(KafkaProbe.read(Topics.INVOICE, issuedOf(invoiceId), 1, Duration.ofSeconds(30))).hasSize(1);
    }

    static java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> issuedOf(String invoiceId) {
        return r -> invoiceId.equals(r.key()) && "invoice-issued".equals(KafkaProbe.header(r, EventHeaders.TYPE));
    }

    @Test
    void a_stale_if_match_is_refused() {
        String invoiceId = createInvoice(BILLING, order(List.of(line("Cable", 1, "10")))).statusCode(201).extract().path("id");

        given().header("Authorization", BILLING).header("If-Match", "\"5\"").post("/invoices/{id}/issue", invoiceId)
                .then().statusCode(412).body("type", equalTo("https://opsuite.dev/problems/stale-version"));
    }

    @Test
    void invoices_are_listed_paged_and_filtered_by_sales_order() {
        String orderId = order(List.of(line("Cable", 1, "10")));
        String invoiceId = createInvoice(BILLING, orderId).statusCode(201).extract().path("id");

        given().header("Authorization", BILLING).queryParam("salesOrderId", orderId).get("/invoices")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(1))
                .body("items[0].id", equalTo(invoiceId));
        given().header("Authorization", BILLING).queryParam("orderBy", "secret").get("/invoices")
                .then().statusCode(400).body("errors.field", hasItem("orderBy"));
        given().header("Authorization", BILLING).queryParam("status", "PAID").get("/invoices")
                .then().statusCode(400).body("type", equalTo("https://opsuite.dev/problems/invalid-filter"))
                .body("errors.field", hasItem("status"));
        given().header("Authorization", BILLING).queryParam("dispatchId", "DSP-1").get("/invoices")
                .then().statusCode(400).body("errors.field", hasItem("dispatchId"));
        given().header("Authorization", BILLING).queryParam("status", "issued").queryParam("salesOrderId", orderId)
                .get("/invoices").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", BILLING).queryParam("status", "CONFIRMED").get("/sales-orders")
                .then().statusCode(200);
        given().header("Authorization", BILLING).queryParam("status", "OPEN").get("/sales-orders")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }
}
