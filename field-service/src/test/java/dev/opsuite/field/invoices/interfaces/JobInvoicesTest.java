package dev.opsuite.field.invoices.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: a finalized invoice's status flows back to the job and the customer's history, through Kafka
 * (billing.job-invoice, forged here as billing sends it).
 */
@QuarkusTest
class JobInvoicesTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<String> ROLES = List.of("owner", "dispatcher", "technician", "csr", "parts-manager", "estimator",
            "finance", "admin");
    static final List<String> OFFICE = List.of("owner", "dispatcher", "csr", "finance", "admin");

    @Test
    void a_finalized_invoice_then_its_revision_show_on_the_job_and_the_customers_history() {
        String tenant = "invoices-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = SuiteStack.bearer(tenant, "owner");
        String customer = FieldRequests.customerId(owner, "Carla", "555-0300");
        String call = FieldRequests.openCall(owner, FieldRequests.call(customer, "HIGH", null)).statusCode(201)
                .extract().path("id");
        String job = FieldRequests.createJob(owner, call, FieldRequests.job("Furnace", "HVAC", 2, 60)).statusCode(201)
                .extract().path("id");
        String invoice = UUID.randomUUID().toString();
        invoiceOf(owner, job).statusCode(404);

        send(tenant, invoice, "job-invoice-finalized", event(invoice, job, customer, 1, "356.46", ""));
        await().atMost(WAIT).untilAsserted(() -> invoiceOf(owner, job).statusCode(200)
                .body("status", equalTo("FINALIZED")).body("version", equalTo(1))
                .body("invoiceNumber", equalTo("SVC-2026-000001")).body("total.amount", equalTo(356.46f)));

        send(tenant, invoice, "job-invoice-revised", event(invoice, job, customer, 2, "403.96",
                ",\"reason\":\"Half an hour more\",\"revisedBy\":\"finance-lucas\",\"revisedAt\":\"" + Instant.now() + "\""));
        await().atMost(WAIT).untilAsserted(() -> invoiceOf(owner, job).statusCode(200)
                .body("status", equalTo("REVISED")).body("version", equalTo(2)));

        given().header("Authorization", owner).get("/customers/{id}/history", customer).then().statusCode(200)
                .body("invoices.size()", equalTo(1)).body("invoices[0].jobId", equalTo(job))
                .body("invoices[0].status", equalTo("REVISED")).body("invoices[0].version", equalTo(2));
    }

    @Test
    void every_role_and_endpoint_cell() {
        String tenant = "invoices-roles-" + UUID.randomUUID().toString().substring(0, 8);
        String job = UUID.randomUUID().toString();
        String invoice = UUID.randomUUID().toString();
        send(tenant, invoice, "job-invoice-finalized", event(invoice, job, UUID.randomUUID().toString(), 1, "10.00", ""));
        await().atMost(WAIT).untilAsserted(() -> invoiceOf(SuiteStack.bearer(tenant, "admin"), job).statusCode(200));

        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.field.invoices");
        assertThat(inCode.keySet()).containsExactly(RoleTable.key("GET /jobs/{id}/invoice"));
        assertThat(RoleTable.of(inCode, "GET /jobs/{id}/invoice")).containsExactlyInAnyOrderElementsOf(OFFICE);
        for (String role : ROLES) {
            assertThat(invoiceOf(SuiteStack.bearer(tenant, role), job).extract().statusCode()).as(role)
                    .isEqualTo(OFFICE.contains(role) ? 200 : 403);
        }
        assertThat(given().get("/jobs/{id}/invoice", job).then().extract().statusCode()).isEqualTo(401);
    }

    @Test
    void an_invoice_event_missing_a_field_v1_requires_is_dead_lettered() {
        String poison = UUID.randomUUID().toString();
        KafkaProbe.sendForged(Topics.JOB_INVOICE, poison, "{\"invoiceId\":\"" + poison + "\"}",
                headers("acme", "job-invoice-finalized", poison));
        assertThat(KafkaProbe.read(Topics.deadLetter(Topics.JOB_INVOICE, "field-service"),
                r -> poison.equals(KafkaProbe.header(r, EventHeaders.ID)), 1, WAIT)).hasSize(1);
    }

    private static ValidatableResponse invoiceOf(String token, String job) {
        return given().header("Authorization", token).get("/jobs/{id}/invoice", job).then();
    }

    private static String event(String invoice, String job, String customer, int version, String total, String more) {
        return """
                {"invoiceId":"%s","invoiceNumber":"SVC-2026-000001","version":%d,"jobId":"%s","serviceCallId":"%s",
                 "customerId":"%s","currency":"USD","subtotal":%s,"tax":0.00,"total":%s,"finalizedBy":"finance-lucas",
                 "finalizedAt":"%s"%s}""".formatted(invoice, version, job, UUID.randomUUID(), customer, total, total,
                Instant.now(), more);
    }

    private static void send(String tenant, String key, String type, String payload) {
        KafkaProbe.send(Topics.JOB_INVOICE, key, payload, headers(tenant, type, UUID.randomUUID().toString()));
    }

    private static Map<String, String> headers(String tenant, String type, String id) {
        return Map.of(EventHeaders.ID, id, EventHeaders.TYPE, type, EventHeaders.SCHEMA_VERSION, "1",
                EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SOURCE, "/opsuite/billing-service", EventHeaders.SPEC_VERSION, "1.0");
    }
}
