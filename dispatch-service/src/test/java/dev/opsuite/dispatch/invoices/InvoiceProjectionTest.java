package dev.opsuite.dispatch.invoices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import dev.opsuite.testing.TenantKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Flow 2 of the foundation, dispatch's half: invoice-issued on billing.invoice becomes a row of the invoice projection. */
@QuarkusTest
class InvoiceProjectionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DISPATCHER = SuiteStack.bearer("acme", "dispatcher");
    static final String DEAD_LETTERS = Topics.deadLetter(Topics.INVOICE, "dispatch-service");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void an_issued_invoice_becomes_readable_in_dispatch() throws IOException {
        UUID invoiceId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        ObjectNode payload = sample(invoiceId, customerId);

        send(invoiceId, UUID.randomUUID(), "acme", payload);

        await().atMost(PATIENCE).untilAsserted(() -> get(DISPATCHER, invoiceId).statusCode(200));
        get(SuiteStack.bearer("acme", "operations-manager"), invoiceId)
                .statusCode(200)
                .body("id", equalTo(invoiceId.toString()))
                .body("invoiceNumber", equalTo(payload.get("invoiceNumber").asText()))
                .body("salesOrderId", equalTo(payload.get("salesOrderId").asText()))
                .body("salesOrderNumber", equalTo(payload.get("salesOrderNumber").asText()))
                .body("customerId", equalTo(customerId.toString()))
                .body("customerName", equalTo("Novák Logistics s.r.o."))
                .body("total.amount", comparesEqualTo(new BigDecimal("12500.00")))
                .body("total.currency", equalTo("CZK"))
                .body("issuedAt", equalTo("2026-11-20T09:15:00Z"));
        list(SuiteStack.bearer("acme", "billing"), customerId)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(invoiceId.toString()));
    }

    @Test
    void the_same_event_delivered_again_changes_nothing() throws IOException {
        UUID invoiceId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ObjectNode payload = sample(invoiceId, customerId);
        send(invoiceId, eventId, "acme", payload);
        await().atMost(PATIENCE).untilAsserted(() -> get(DISPATCHER, invoiceId).statusCode(200));

        send(invoiceId, eventId, "acme", payload);
        // Same event id, other content: the inbox has seen the id, so this is not applied either.
        ObjectNode altered = payload.deepCopy();
        altered.put("customerName", "Someone Else");
        ((ObjectNode) altered.get("total")).put("amount", new BigDecimal("1.00"));
        send(invoiceId, eventId, "acme", altered);
        // One partition: once this later event is applied, the copies above have been seen.
        UUID sentinel = UUID.randomUUID();
        send(sentinel, UUID.randomUUID(), "acme", sample(sentinel, UUID.randomUUID()));
        await().atMost(PATIENCE).untilAsserted(() -> get(DISPATCHER, sentinel).statusCode(200));

        list(DISPATCHER, customerId).statusCode(200).body("total", equalTo(1));
        get(DISPATCHER, invoiceId).statusCode(200)
                .body("customerName", equalTo("Novák Logistics s.r.o."))
                .body("total.amount", comparesEqualTo(new BigDecimal("12500.00")));
    }

    @Test
    void an_invoice_published_again_under_a_new_event_id_stays_one_row() throws Exception {
        UUID invoiceId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        ObjectNode payload = sample(invoiceId, customerId);
        send(invoiceId, UUID.randomUUID(), "acme", payload);
        await().atMost(PATIENCE).untilAsserted(() -> get(DISPATCHER, invoiceId).statusCode(200));

        // The inbox has not seen this event id: only the projection's key on (tenant, invoice) keeps it one row.
        send(invoiceId, UUID.randomUUID(), "acme", payload);
        UUID sentinel = UUID.randomUUID();
        send(sentinel, UUID.randomUUID(), "acme", sample(sentinel, UUID.randomUUID()));
        await().atMost(PATIENCE).untilAsserted(() -> get(DISPATCHER, sentinel).statusCode(200));

        list(DISPATCHER, customerId).statusCode(200).body("total", equalTo(1));
        try (Connection c = TenantKeys.connect()) {
            assertThat(rows(c, invoiceId)).isEqualTo(1);
            assertThatThrownBy(() -> insertRow(c, invoiceId, customerId))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }
    }

    @Test
    void another_tenants_invoice_is_invisible() throws IOException {
        UUID invoiceId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        send(invoiceId, UUID.randomUUID(), "globex", sample(invoiceId, customerId));
        String globex = SuiteStack.bearer("globex", "dispatcher");
        await().atMost(PATIENCE).untilAsserted(() -> get(globex, invoiceId).statusCode(200));

        get(DISPATCHER, invoiceId)
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/invoice-not-found"));
        list(DISPATCHER, customerId).statusCode(200).body("total", equalTo(0));
        given().header("Authorization", DISPATCHER).get("/invoices").then().statusCode(200)
                .body("items.id", not(hasItem(invoiceId.toString())));
    }

    @Test
    void an_unreadable_event_is_dead_lettered_once_and_the_consumer_carries_on() throws IOException {
        UUID poisonEvent = UUID.randomUUID();
        KafkaProbe.send(Topics.INVOICE, UUID.randomUUID().toString(), "{ not json", headers(poisonEvent, "acme"));
        UUID invoiceId = UUID.randomUUID();
        send(invoiceId, UUID.randomUUID(), "acme", sample(invoiceId, UUID.randomUUID()));
        UUID laterPoison = UUID.randomUUID();
        KafkaProbe.send(Topics.INVOICE, UUID.randomUUID().toString(), "{ not json either", headers(laterPoison, "acme"));

        await().atMost(PATIENCE).untilAsserted(() -> get(DISPATCHER, invoiceId).statusCode(200));
        // One partition, one record at a time: once the later poison is parked, any second copy of the first is too.
        var parked = KafkaProbe.read(DEAD_LETTERS, r -> Set.of(poisonEvent.toString(), laterPoison.toString())
                .contains(KafkaProbe.header(r, EventHeaders.ID)), 2, PATIENCE);
        assertThat(parked).extracting(r -> KafkaProbe.header(r, EventHeaders.ID))
                .containsExactly(poisonEvent.toString(), laterPoison.toString());
        assertThat(parked.get(0).value()).isEqualTo("{ not json");
    }

    @Test
    void lists_are_paged_with_a_total() {
        given().header("Authorization", DISPATCHER).queryParam("size", 1).get("/invoices")
                .then().statusCode(200).body("size", equalTo(1)).body("page", equalTo(1));
        given().header("Authorization", DISPATCHER).queryParam("orderBy", "lastEventId").get("/invoices")
                .then().statusCode(400).body("errors.field", hasItem("orderBy"));
    }

    @Test
    void without_a_token_the_answer_is_401() {
        given().get("/invoices").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/unauthenticated"));
        given().get("/invoices/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void a_role_outside_dispatch_operations_and_billing_is_403() {
        String clerk = SuiteStack.bearer("acme", "warehouse-clerk");
        given().header("Authorization", clerk).get("/invoices").then().statusCode(403)
                .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
        given().header("Authorization", clerk).get("/invoices/{id}", UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void a_token_without_tenant_is_403() {
        given().header("Authorization", SuiteStack.bearerWithoutTenant("dispatcher")).get("/invoices").then().statusCode(403);
    }

    private static long rows(Connection c, UUID invoiceId) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(
                "select count(*) from invoice_projection where tenant_id = 'acme' and invoice_id = ?")) {
            count.setObject(1, invoiceId);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void insertRow(Connection c, UUID invoiceId, UUID customerId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into invoice_projection (tenant_id, invoice_id, invoice_number, sales_order_id, customer_id,
                    total_amount, currency, issued_at, last_event_id)
                values ('acme', ?, 'INV-SQL', gen_random_uuid(), ?, 1.00, 'EUR', now(), gen_random_uuid())""")) {
            insert.setObject(1, invoiceId);
            insert.setObject(2, customerId);
            insert.executeUpdate();
        }
    }

    /** The shared-events sample of invoice-issued v1, with fresh ids. */
    private static ObjectNode sample(UUID invoiceId, UUID customerId) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(EventCatalog.INVOICE_ISSUED.sampleResource())) {
            assertThat(in).as("sample of invoice-issued v1").isNotNull();
            ObjectNode node = (ObjectNode) JSON.readTree(in);
            node.put("invoiceId", invoiceId.toString());
            node.put("salesOrderId", UUID.randomUUID().toString());
            node.put("customerId", customerId.toString());
            return node;
        }
    }

    private static void send(UUID invoiceId, UUID eventId, String tenant, ObjectNode payload) throws IOException {
        KafkaProbe.send(Topics.INVOICE, invoiceId.toString(), JSON.writeValueAsString(payload), headers(eventId, tenant));
    }

    private static Map<String, String> headers(UUID eventId, String tenant) {
        return Map.of(EventHeaders.ID, eventId.toString(), EventHeaders.TYPE, "invoice-issued",
                EventHeaders.SCHEMA_VERSION, "1", EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/billing-service", EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
    }

    private static ValidatableResponse get(String token, UUID invoiceId) {
        return bigDecimals().header("Authorization", token).get("/invoices/{id}", invoiceId).then();
    }

    private static ValidatableResponse list(String token, UUID customerId) {
        return bigDecimals().header("Authorization", token).queryParam("customerId", customerId.toString()).get("/invoices").then();
    }

    private static io.restassured.specification.RequestSpecification bigDecimals() {
        return RestAssured.given().config(RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }
}
