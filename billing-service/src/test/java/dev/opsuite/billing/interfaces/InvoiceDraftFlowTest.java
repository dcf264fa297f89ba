package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.FINANCE;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.FieldJobs.FINANCE_2;
import static dev.opsuite.billing.interfaces.FieldJobs.WAIT;
import static dev.opsuite.billing.interfaces.FieldJobs.complete;
import static dev.opsuite.billing.interfaces.FieldJobs.draftLine;
import static dev.opsuite.billing.interfaces.FieldJobs.draftOf;
import static dev.opsuite.billing.interfaces.FieldJobs.edit;
import static dev.opsuite.billing.interfaces.FieldJobs.editBody;
import static dev.opsuite.billing.interfaces.FieldJobs.finalizeDraft;
import static dev.opsuite.billing.interfaces.FieldJobs.getDraft;
import static dev.opsuite.billing.interfaces.FieldJobs.prepare;
import static dev.opsuite.billing.interfaces.FieldJobs.pricedDraft;
import static dev.opsuite.billing.interfaces.FieldJobs.pricedJob;
import static dev.opsuite.billing.interfaces.FieldJobs.unpricedJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: a completed job becomes an invoice draft in billing (job-completed through Kafka, as field sends it);
 * finance reviews it, one person prepares and another finalizes; the finalized invoice is announced to field.
 */
@QuarkusTest
class InvoiceDraftFlowTest {

    @Test
    void a_job_with_two_and_a_half_hours_and_three_parts_becomes_a_draft_finalized_by_a_second_person() {
        String jobId = UUID.randomUUID().toString();
        complete(jobId, pricedJob(jobId));
        String id = draftOf(jobId);

        // Hand-computed in FieldJobs.pricedJob: 347.39 + 9.07 = 356.46.
        getDraft(FINANCE, id).statusCode(200).body("status", equalTo("DRAFT")).body("needsPricing", equalTo(false))
                .body("lines", hasSize(4)).body("lines[3].amount", comparesEqualTo(new BigDecimal("23.99")))
                .body("subtotal.amount", comparesEqualTo(new BigDecimal("347.39")))
                .body("tax.amount", comparesEqualTo(new BigDecimal("9.07")))
                .body("total.amount", comparesEqualTo(new BigDecimal("356.46"))).body("total.currency", equalTo("USD"));

        prepare(FINANCE, id).statusCode(200).body("status", equalTo("PREPARED")).body("preparedBy", equalTo("test-finance"));
        finalizeDraft(FINANCE, id).statusCode(409).body("type", equalTo("https://opsuite.dev/problems/preparer-cannot-finalize"))
                .body("errors.field", hasItem("preparedBy"));
        finalizeDraft(FINANCE_2, id).statusCode(200).body("status", equalTo("FINALIZED"))
                .body("invoiceNumber", matchesPattern("SVC-\\d{4}-\\d{6}")).body("invoiceVersion", equalTo(1))
                .body("finalizedBy", equalTo("test-finance-owner"));

        var announced = KafkaProbe.read(Topics.JOB_INVOICE, r -> id.equals(r.key()), 1, WAIT);
        assertThat(announced).singleElement().satisfies(r -> {
            assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("job-invoice-finalized");
            JsonNode event = SalesOrderLifecycleTest.json(r.value());
            assertThat(event.get("jobId").asText()).isEqualTo(jobId);
            assertThat(event.get("total").decimalValue()).isEqualByComparingTo("356.46");
            assertThat(event.get("version").asInt()).isEqualTo(1);
        });
    }

    @Test
    void a_job_without_prices_waits_for_finance_to_price_it_with_a_reason() {
        String jobId = UUID.randomUUID().toString();
        complete(jobId, unpricedJob(jobId));
        String id = draftOf(jobId);
        getDraft(FINANCE, id).statusCode(200).body("needsPricing", equalTo(true)).body("lines", hasSize(4))
                .body("total.amount", comparesEqualTo(BigDecimal.ZERO));
        given().header("Authorization", FINANCE).queryParam("needsPricing", "true").queryParam("jobId", jobId)
                .get("/invoice-drafts").then().statusCode(200).body("total", equalTo(1));
        prepare(FINANCE, id).statusCode(200);
        finalizeDraft(FINANCE_2, id).statusCode(409).body("type", equalTo("https://opsuite.dev/problems/draft-needs-pricing"))
                .body("errors.field", hasItem("lines[0].unitPrice"));

        // Priced by the second person (who thereby prepared it): now the first may finalize it.
        String etag = getDraft(FINANCE_2, id).extract().header("ETag");
        given().header("Authorization", FINANCE_2).header("If-Match", etag).contentType("application/json")
                .body(editBody("Priced from the price book", "0.0825", List.of(
                        draftLine("LABOR", "Labor, standard rate", "2.5", "95.00", false),
                        draftLine("PART", "Hot surface igniter 120 V", "1", "48.40", true))))
                .put("/invoice-drafts/{id}", id).then().statusCode(200).body("needsPricing", equalTo(false))
                .body("preparedBy", equalTo("test-finance-owner")).body("edits", hasSize(1))
                .body("edits[0].reason", equalTo("Priced from the price book"))
                .body("edits[0].totalBefore", comparesEqualTo(BigDecimal.ZERO))
                // 237.50 + 48.40 = 285.90; tax 8.25 % × 48.40 = 3.993 → 3.99; 289.89.
                .body("edits[0].totalAfter", comparesEqualTo(new BigDecimal("289.89")));
        finalizeDraft(FINANCE_2, id).statusCode(409).body("type", equalTo("https://opsuite.dev/problems/preparer-cannot-finalize"));
        finalizeDraft(FINANCE, id).statusCode(200).body("total.amount", comparesEqualTo(new BigDecimal("289.89")));
    }

    @Test
    void an_edit_needs_a_reason_and_the_callers_version() {
        String id = pricedDraft();
        edit(FINANCE, id, java.util.Map.of("taxRate", 0.05, "lines",
                List.of(draftLine("PART", "Filter", "1", "10", true)))).statusCode(400);
        given().header("Authorization", FINANCE).header("If-Match", "\"7\"").contentType("application/json")
                .body(editBody("Discount agreed", "0.0825", List.of(draftLine("PART", "Filter", "1", "10", true))))
                .put("/invoice-drafts/{id}", id).then().statusCode(412);
        getDraft(FINANCE, id).body("edits", hasSize(0)).body("status", equalTo("DRAFT"));
    }

    @Test
    void a_finalized_invoice_corrected_with_a_reason_is_its_next_version_and_announced() {
        String id = FieldJobs.finalizedInvoice();

        edit(FINANCE, id, editBody("Half an hour more labor than logged", "0.0825", List.of(
                draftLine("LABOR", "Labor, standard rate", "3", "95.00", false),
                draftLine("PART", "Hot surface igniter 120 V", "1", "48.40", true)))).statusCode(200)
                .body("status", equalTo("FINALIZED")).body("invoiceVersion", equalTo(2))
                .body("total.amount", comparesEqualTo(new BigDecimal("337.39")));

        var announced = KafkaProbe.read(Topics.JOB_INVOICE, r -> id.equals(r.key()), 2, WAIT);
        assertThat(announced).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("job-invoice-finalized", "job-invoice-revised");
        JsonNode revised = SalesOrderLifecycleTest.json(announced.get(1).value());
        assertThat(revised.get("version").asInt()).isEqualTo(2);
        assertThat(revised.get("reason").asText()).isEqualTo("Half an hour more labor than logged");
        assertThat(revised.get("total").decimalValue()).isEqualByComparingTo("337.39");
    }

    @Test
    void a_job_heard_twice_has_one_draft() {
        String jobId = UUID.randomUUID().toString();
        String payload = pricedJob(jobId);
        complete(jobId, payload);
        complete(jobId, payload);
        String marker = UUID.randomUUID().toString();
        complete(marker, pricedJob(marker));
        draftOf(marker);
        given().header("Authorization", FINANCE).queryParam("jobId", jobId).get("/invoice-drafts").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void of_two_finalizations_at_once_one_wins_and_the_other_is_told_it_is_finalized() {
        String id = pricedDraft();
        prepare(FINANCE, id).statusCode(200);

        List<CompletableFuture<ValidatableResponse>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> finalizeDraft(FINANCE_2, id)));
        }
        List<ValidatableResponse> answers = racing.stream().map(CompletableFuture::join).toList();

        assertThat(answers.stream().map(a -> a.extract().statusCode()).sorted()).containsExactly(200, 409);
        answers.stream().filter(a -> a.extract().statusCode() == 409).forEach(a -> a
                .body("type", equalTo("https://opsuite.dev/problems/draft-finalized")).body("errors.field", hasItem("status")));
        assertThat(Stream.of(getDraft(FINANCE, id).extract().<Integer>path("invoiceVersion"))).containsExactly(1);
    }

    @Test
    void the_pdf_of_a_draft_is_a_pdf() {
        String id = pricedDraft();
        byte[] pdf = given().header("Authorization", FINANCE).get("/invoice-drafts/{id}/pdf", id).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void unknown_filters_and_other_tenants_drafts_are_refused() {
        given().header("Authorization", FINANCE).queryParam("needsPricing", "maybe").get("/invoice-drafts").then()
                .statusCode(400).body("errors.field", hasItem("needsPricing"));
        given().header("Authorization", FINANCE).queryParam("status", "PAID").get("/invoice-drafts").then()
                .statusCode(400).body("errors.field", hasItem("status"));
        String id = pricedDraft();
        getDraft(dev.opsuite.testing.SuiteStack.bearer("globex", "finance"), id).statusCode(404);
    }
}
