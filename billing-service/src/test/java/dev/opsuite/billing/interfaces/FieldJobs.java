package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.FINANCE;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static org.awaitility.Awaitility.await;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Completed field jobs as field-service sends them (job-completed on field.job, tenant acme), and the invoice draft
 * requests finance makes of them.
 */
final class FieldJobs {

    static final Duration WAIT = Duration.ofSeconds(30);
    /** A second person of finance: segregation of duties needs two. */
    static final String FINANCE_2 = SuiteStack.bearer(BillingRequests.TENANT, "finance", "owner");

    private FieldJobs() {
    }

    /**
     * Seed 002's job: 2.5 h of standard labor at 95.00 (not taxable) and three parts (taxable) at 8.25 %:
     * 237.50 + 48.40 + 37.50 + 23.99 (3 × 7.995 = 23.985, half-up) = 347.39; tax 8.25 % × 109.89 = 9.065925 → 9.07;
     * total 356.46.
     */
    static String pricedJob(String jobId) {
        String labor = UUID.randomUUID().toString();
        String[] parts = { UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString() };
        return job(jobId, labor, parts, """
                {"currency":"USD","estimateId":null,"lines":[
                  {"kind":"LABOR","sourceId":"%s","description":"Labor, standard rate","sku":null,"rateClass":"STANDARD",
                   "quantity":2.5,"unitPrice":95.00,"amount":237.50,"taxable":false},
                  {"kind":"PART","sourceId":"%s","description":"Hot surface igniter 120 V","sku":"HSI-120","rateClass":null,
                   "quantity":1,"unitPrice":48.40,"amount":48.40,"taxable":true},
                  {"kind":"PART","sourceId":"%s","description":"Flame sensor","sku":"FS-200","rateClass":null,
                   "quantity":2,"unitPrice":18.75,"amount":37.50,"taxable":true},
                  {"kind":"PART","sourceId":"%s","description":"Wire nut, large (box)","sku":"WN-L","rateClass":null,
                   "quantity":3,"unitPrice":7.995,"amount":23.99,"taxable":true}],
                 "subtotal":347.39,"taxRate":0.0825,"tax":9.07,"total":356.46}"""
                .formatted(labor, parts[0], parts[1], parts[2]));
    }

    /** The same work, sent without prices (field had none). */
    static String unpricedJob(String jobId) {
        return job(jobId, UUID.randomUUID().toString(), new String[] { UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString() }, "null");
    }

    private static String job(String jobId, String labor, String[] parts, String pricing) {
        return """
                {"jobId":"%s","serviceCallId":"%s","customerId":"%s","technicianId":"%s",
                 "diagnosis":{"findings":"Igniter cracked, no glow","cause":"Wear"},
                 "labor":[{"laborEntryId":"%s","technicianUserId":"tom","start":null,"end":null,"hours":2.5,"rateClass":"STANDARD"}],
                 "partsUsed":[
                   {"partUsedId":"%s","partId":"%s","sku":"HSI-120","quantity":1,"truckLocationId":"%s"},
                   {"partUsedId":"%s","partId":"%s","sku":"FS-200","quantity":2,"truckLocationId":"%s"},
                   {"partUsedId":"%s","partId":"%s","sku":"WN-L","quantity":3,"truckLocationId":"%s"}],
                 "completedBy":"tom","completedAt":"%s","pricing":%s}""".formatted(jobId, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), labor, parts[0], UUID.randomUUID(), UUID.randomUUID(), parts[1],
                UUID.randomUUID(), UUID.randomUUID(), parts[2], UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                pricing);
    }

    /** Sends job-completed as field would, in acme; answers the event id. */
    static String complete(String jobId, String payload) {
        return complete(BillingRequests.TENANT, jobId, payload);
    }

    static String complete(String tenant, String jobId, String payload) {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(Topics.FIELD_JOB, jobId, payload, Map.of(EventHeaders.ID, eventId, EventHeaders.TYPE,
                "job-completed", EventHeaders.SCHEMA_VERSION, "1", EventHeaders.TENANT, tenant,
                EventHeaders.TIME, Instant.now().toString(), EventHeaders.SOURCE, "/opsuite/field-service",
                EventHeaders.SPEC_VERSION, "1.0"));
        return eventId;
    }

    /** The draft of the job, once billing has made it: its id. */
    static String draftOf(String jobId) {
        return draftOf(FINANCE, jobId);
    }

    static String draftOf(String token, String jobId) {
        return await().atMost(WAIT).until(() -> given().header("Authorization", token).queryParam("jobId", jobId)
                .get("/invoice-drafts").then().statusCode(200).extract().<List<String>>path("items.id"),
                ids -> ids.size() == 1).get(0);
    }

    /** A priced job completed, its draft made: the draft's id. */
    static String pricedDraft() {
        String jobId = UUID.randomUUID().toString();
        complete(jobId, pricedJob(jobId));
        return draftOf(jobId);
    }

    /** A priced draft prepared by FINANCE and finalized by FINANCE_2: the invoice's id. */
    static String finalizedInvoice() {
        String id = pricedDraft();
        prepare(FINANCE, id).statusCode(200);
        finalizeDraft(FINANCE_2, id).statusCode(200);
        return id;
    }

    static ValidatableResponse getDraft(String token, String id) {
        return given().header("Authorization", token).get("/invoice-drafts/{id}", id).then();
    }

    static ValidatableResponse prepare(String token, String id) {
        return given().header("Authorization", token).post("/invoice-drafts/{id}/prepare", id).then();
    }

    static ValidatableResponse finalizeDraft(String token, String id) {
        return given().header("Authorization", token).post("/invoice-drafts/{id}/finalize", id).then();
    }

    static ValidatableResponse edit(String token, String id, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .put("/invoice-drafts/{id}", id).then();
    }

    /** An edit body: these lines at this tax rate, for this reason. */
    static Map<String, Object> editBody(String reason, String taxRate, List<Map<String, Object>> lines) {
        return Map.of("reason", reason, "taxRate", new java.math.BigDecimal(taxRate), "lines", lines);
    }

    static Map<String, Object> draftLine(String kind, String description, String quantity, String unitPrice,
            boolean taxable) {
        return Map.of("kind", kind, "description", description, "quantity", new java.math.BigDecimal(quantity),
                "unitPrice", new java.math.BigDecimal(unitPrice), "taxable", taxable);
    }
}
