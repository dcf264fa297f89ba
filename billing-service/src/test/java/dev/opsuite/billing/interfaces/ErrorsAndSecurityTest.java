package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.BILLING;
import static dev.opsuite.billing.interfaces.BillingRequests.createInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.createOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.getInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static dev.opsuite.billing.interfaces.BillingRequests.order;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.testing.Management;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorsAndSecurityTest {

    @Test
    void without_a_token_the_answer_is_401_problem() {
        given().get("/invoices").then()
                .statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/unauthenticated"));
        given().contentType(ContentType.JSON).body(Map.of("salesOrderId", UUID.randomUUID().toString()))
                .post("/invoices").then().statusCode(401);
    }

    @Test
    void a_dispatcher_reads_but_cannot_create_an_invoice_403() {
        String dispatcher = SuiteStack.bearer("acme", "dispatcher");
        String orderId = order(List.of(line("Cable", 1, "10")));

        given().header("Authorization", dispatcher).get("/invoices").then().statusCode(200);
        createInvoice(dispatcher, orderId)
                .statusCode(403).body("type", equalTo("https://opsuite.dev/problems/forbidden"));
        createOrder(dispatcher, UUID.randomUUID(), "EUR", List.of(line("Cable", 1, "10"))).statusCode(403);
    }

    @Test
    void finance_may_do_everything_billing_may() {
        String finance = SuiteStack.bearer("acme", "finance");
        String orderId = createOrder(finance, UUID.randomUUID(), "CZK", List.of(line("Cable", 1, "10")))
                .statusCode(201).extract().path("id");
        BillingRequests.confirm(finance, orderId).statusCode(200);
        String invoiceId = createInvoice(finance, orderId).statusCode(201).extract().path("id");
        given().header("Authorization", finance).post("/invoices/{id}/issue", invoiceId).then().statusCode(200);
    }

    @Test
    void an_unknown_sales_order_is_a_422_naming_sales_order_id() {
        createInvoice(BILLING, UUID.randomUUID().toString())
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/sales-order-not-found"))
                .body("errors.field", hasItem("salesOrderId"));
    }

    @Test
    void another_tenants_sales_order_cannot_be_invoiced_422() {
        String orderId = order(List.of(line("Cable", 1, "10")));

        createInvoice(SuiteStack.bearer("globex", "billing"), orderId)
                .statusCode(422).body("errors.field", hasItem("salesOrderId"));
    }

    @Test
    void another_tenants_invoice_answers_404() {
        String invoiceId = createInvoice(BILLING, order(List.of(line("Cable", 1, "10")))).statusCode(201).extract().path("id");
        String globex = SuiteStack.bearer("globex", "billing");

        getInvoice(globex, invoiceId)
                .statusCode(404).body("type", equalTo("https://opsuite.dev/problems/invoice-not-found"));
        given().header("Authorization", globex).post("/invoices/{id}/issue", invoiceId).then().statusCode(404);
        given().header("Authorization", globex).get("/invoices").then().statusCode(200)
                .body("items.id", not(hasItem(invoiceId)));
        getInvoice(BILLING, invoiceId).statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void a_missing_field_is_a_400_naming_it() {
        given().header("Authorization", BILLING).contentType(ContentType.JSON).body(Map.of())
                .post("/invoices").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/validation-failed"))
                .body("errors.field", hasItem("salesOrderId"));
        given().header("Authorization", BILLING).contentType(ContentType.JSON)
                .body(Map.of("customerName", "X", "currency", "EUR", "lines", List.of(line("Cable", 1, "10"))))
                .post("/sales-orders").then()
                .statusCode(400).body("errors.field", hasItem("customerId"));
    }

    @Test
    void bad_values_name_their_path() {
        createOrder(BILLING, UUID.randomUUID(), "EUR", List.of(line("Cable", 1, "10"), line("Fitting", -2, "1")))
                .statusCode(400).body("errors.field", hasItem("lines[1].quantity"));
        createOrder(BILLING, UUID.randomUUID(), "euro", List.of(line("Cable", 1, "10")))
                .statusCode(400).body("errors.field", hasItem("currency"));
        createOrder(BILLING, UUID.randomUUID(), "ZZQ", List.of(line("Cable", 1, "10")))
                .statusCode(422).body("type", equalTo("https://opsuite.dev/problems/unknown-currency"));
        // Each within its bounds, their product beyond what a total may be.
        createOrder(BILLING, UUID.randomUUID(), "EUR", List.of(line("Crane", "999999999.999", "9999999999999.9999")))
                .statusCode(422).body("type", equalTo("https://opsuite.dev/problems/amount-too-large"))
                .body("errors.field", hasItem("lines[0]"));
        given().header("Authorization", BILLING).contentType(ContentType.JSON).body("{\"salesOrderId\":\"not-a-uuid\"}")
                .post("/invoices").then().statusCode(400).body("errors.field", hasItem("salesOrderId"))
                .body(not(containsString("Exception")));
    }

    @Test
    void health_and_openapi_are_on_the_management_port() {
        Management.given().get("/q/health/ready").then().statusCode(200);
        Management.given().get("/q/health/group/pipeline").then().statusCode(200).body("checks.name", hasItem("outbox-relay"));
        Management.given().get("/q/openapi").then().statusCode(200).body(containsString("/invoices/{id}/issue"));
        given().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void a_token_for_other_services_is_refused() {
        given().header("Authorization", SuiteStack.bearerForAudience("fleet-service", "acme", "billing"))
                .get("/invoices").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", SuiteStack.bearerForAudience("billing-service", "acme", "billing"))
                .get("/invoices").then().statusCode(200);
    }
}
