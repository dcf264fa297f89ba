package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.BILLING;
import static dev.opsuite.billing.interfaces.BillingRequests.FINANCE;
import static dev.opsuite.billing.interfaces.BillingRequests.createInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.getOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.BillingRequests.issue;
import static dev.opsuite.billing.interfaces.BillingRequests.issuedInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static dev.opsuite.billing.interfaces.BillingRequests.order;
import static dev.opsuite.billing.interfaces.BillingRequests.part;
import static dev.opsuite.billing.interfaces.BillingRequests.process;
import static dev.opsuite.billing.interfaces.BillingRequests.voidInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Draft → Issued → Processed (paid or posted) → Void, each step announced on billing.invoice in order. */
@QuarkusTest
class InvoiceLifecycleTest {

    @Test
    void every_step_is_announced_once_in_order_and_valid_against_its_schema() {
        String invoiceId = issuedInvoice(List.of(line("Prague - Brno, full truck", 1, "12500.00")));

        given().header("Authorization", FINANCE).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"processing\":\"POSTED\"}").post("/invoices/{id}/process", invoiceId).then()
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("PROCESSED"))
                .body("processing", equalTo("POSTED")).body("processedBy", equalTo("test-finance"))
                .body("processedAt", notNullValue());
        process(FINANCE, invoiceId, "PAID").statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/invoice-not-issued"));
        voidInvoice(FINANCE, invoiceId, "Customer disputes the delivery").statusCode(200)
                .body("status", equalTo("VOID")).body("voidReason", equalTo("Customer disputes the delivery"));
        voidInvoice(FINANCE, invoiceId, "again").statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/invoice-void"));

        assertThat(KafkaProbe.read(Topics.INVOICE, r -> invoiceId.equals(r.key()), 4, Duration.ofSeconds(30)))
                .extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("invoice-drafted", "invoice-issued", "invoice-processed", "invoice-voided");
    }

    @Test
    void voiding_frees_the_quantities_so_they_can_be_invoiced_again() {
        String orderId = order(List.of(line("Pallet Brno - Olomouc", 10, "125.50")));
        String pallets = getOrder(BILLING, orderId).extract().path("lines[0].id");
        String wrong = createInvoice(BILLING, orderId).statusCode(201).extract().path("id");
        createInvoice(BILLING, orderId, List.of(part(pallets, "1"))).statusCode(409);

        voidInvoice(FINANCE, wrong, "Wrong quantity").statusCode(200);

        getOrder(BILLING, orderId).body("lines[0].invoiced", comparesEqualTo(BigDecimal.ZERO));
        createInvoice(BILLING, orderId, List.of(part(pallets, "4"))).statusCode(201)
                .body("total.amount", comparesEqualTo(new BigDecimal("502.00")));
    }

    @Test
    void an_invoice_downloads_as_pdf_in_its_tenant_only() {
        String invoiceId = issuedInvoice(List.of(line("Prague - Brno, full truck", 1, "12500.00")));

        byte[] pdf = given().header("Authorization", dev.opsuite.testing.SuiteStack.bearer("acme", "dispatcher"))
                .get("/invoices/{id}/pdf", invoiceId).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("invoice-" + invoiceId + ".pdf"))
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        given().header("Authorization", dev.opsuite.testing.SuiteStack.bearer("globex", "finance"))
                .get("/invoices/{id}/pdf", invoiceId).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void only_an_issued_invoice_is_processed_and_the_processing_is_paid_or_posted() {
        String draft = createInvoice(BILLING, order(List.of(line("Cable", 1, "10")))).statusCode(201).extract().path("id");

        process(FINANCE, draft, "PAID").statusCode(409).body("errors.field", hasItem("status"));
        process(FINANCE, draft, "GIFTED").statusCode(400).body("errors.field", hasItem("processing"));
        given().header("Authorization", FINANCE).contentType("application/json").body("{}")
                .post("/invoices/{id}/void", draft).then().statusCode(400).body("errors.field", hasItem("reason"));
        issue(BILLING, draft).statusCode(200);
        process(BILLING, draft, "PAID").statusCode(403);
        voidInvoice(BILLING, draft, "no").statusCode(403);
    }
}
