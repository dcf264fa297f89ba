package dev.opsuite.field.estimates.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.Race;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's approval path through field-service's API: an estimate over the owner's $5,000 threshold (tax included)
 * routes itself to the owner; the customer sees it only after the owner's decision. Numbers by hand, to the cent.
 */
@QuarkusTest
class EstimatesApiTest {

    final String shop = "estimates-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(shop, "owner");
    final String estimator = SuiteStack.bearer(shop, "estimator");

    /** Tax 8 %, labor untaxed at 100.00 an hour, threshold 5,000.00; a 3-ton compressor at 4,074.07 (taxable). */
    String jobWithPrices() {
        return jobWithPrices(shop);
    }

    static String jobWithPrices(String shop) {
        String owner = SuiteStack.bearer(shop, "owner");
        String estimator = SuiteStack.bearer(shop, "estimator");
        Map<String, Object> settings = new HashMap<>();
        settings.put("taxRate", 0.08);
        settings.put("laborRates", Map.of("STANDARD", 100.00, "OVERTIME", 150.00, "EMERGENCY", 200.00));
        given().header("Authorization", owner).contentType(ContentType.JSON).body(settings).put("/pricing/settings")
                .then().statusCode(200);
        given().header("Authorization", estimator).contentType(ContentType.JSON).body(Map.of("sku", "COMP-3T",
                "name", "Compressor 3 ton", "pricing", "FIXED", "price", 4074.07)).post("/price-book").then()
                .statusCode(201);
        String call = FieldRequests.openCall(owner, FieldRequests.call(FieldRequests.customerId(owner, "Carla",
                "555-0300"), "HIGH", null)).statusCode(201).extract().path("id");
        return FieldRequests.createJob(owner, call, FieldRequests.job("Compressor", "HVAC", 2, 240)).statusCode(201)
                .extract().path("id");
    }

    @Test
    void over_the_threshold_to_the_owner_sent_back_revised_under_it_and_approved_at_once() throws Exception {
        String job = jobWithPrices();
        // 10 h × 100.00 = 1,000.00 + 4,074.07; tax 8 % × 4,074.07 = 325.9256 → 325.93; total 5,400.00
        String id = create(estimator, job, lines("10")).statusCode(201)
                .body("subtotal", equalTo(5074.07f)).body("tax", equalTo(325.93f)).body("total", equalTo(5400.00f))
                .body("status", equalTo("DRAFT")).body("customerStatus", equalTo("NOT_SENT"))
                .body("lines[0].amount", equalTo(1000.0f)).body("lines[1].unitPrice", equalTo(4074.07f))
                .extract().path("id");

        act(estimator, id, "submit", null).statusCode(200).body("status", equalTo("OWNER_APPROVAL_REQUIRED"))
                .body("customerStatus", equalTo("NOT_SENT"));
        given().header("Authorization", owner).queryParam("status", "OWNER_APPROVAL_REQUIRED").get("/estimates")
                .then().statusCode(200).body("items.id", equalTo(List.of(id))).body("total", equalTo(1));
        act(estimator, id, "decision", Map.of("decision", "APPROVE")).statusCode(403);
        act(owner, id, "decision", Map.of("decision", "REQUEST_CHANGES")).statusCode(422)
                .body("errors.field", hasItem("comment"));
        act(owner, id, "decision", Map.of("decision", "REQUEST_CHANGES", "comment", "Quote the repair at 5.5 hours."))
                .statusCode(200).body("status", equalTo("CHANGES_REQUESTED")).body("customerStatus", equalTo("NOT_SENT"));

        // 5.5 h × 100.00 = 550.00 + 4,074.07 + 325.93 = 4,950.00
        revise(estimator, id, lines("5.5")).statusCode(200).body("total", equalTo(4950.00f))
                .body("status", equalTo("CHANGES_REQUESTED"));
        act(estimator, id, "submit", null).statusCode(200).body("status", equalTo("APPROVED"))
                .body("customerStatus", equalTo("PRESENTED"))
                .body("decisions", hasSize(1)).body("decisions[0].decision", equalTo("REQUEST_CHANGES"))
                .body("decisions[0].decidedBy", equalTo("test-owner"))
                .body("decisions[0].comment", equalTo("Quote the repair at 5.5 hours."))
                .body("decisions[0].total", equalTo(5400.00f));

        // Every change of the estimate is in the job's audit trail: made, submitted, sent back, revised, submitted.
        JsonPath history = given().header("Authorization", owner).get("/jobs/{id}/history", job).then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("changes.findAll { it.recordType == 'estimate' }.action"))
                .containsExactly("CREATED", "CHANGED", "CHANGED", "CHANGED", "CHANGED");

        // An approved estimate edited over the threshold goes back to the owner: 12 h → 1,200.00 + 4,400.00 = 5,600.00
        revise(estimator, id, lines("12")).statusCode(200).body("total", equalTo(5600.00f))
                .body("status", equalTo("OWNER_APPROVAL_REQUIRED")).body("customerStatus", equalTo("NOT_SENT"));
        act(owner, id, "decision", Map.of("decision", "APPROVE")).statusCode(200).body("status", equalTo("APPROVED"))
                .body("decisions[1].decision", equalTo("APPROVE")).body("decisions[1].total", equalTo(5600.00f));

        // The estimate PDF, with its lines, totals and decisions.
        byte[] pdf = given().header("Authorization", estimator).get("/estimates/{id}/pdf", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Estimate", "5,600.00",
                    "Owner's decisions", "REQUEST_CHANGES", "Quote the repair at 5.5 hours.", "APPROVE");
        }
    }

    @Test
    void a_newer_approval_supersedes_and_two_racing_approvals_of_one_job_leave_one_standing() throws Exception {
        String job = jobWithPrices();
        String first = create(estimator, job, lines("1")).statusCode(201).extract().path("id");
        act(estimator, first, "submit", null).statusCode(200).body("status", equalTo("APPROVED"));
        String second = create(estimator, job, lines("2")).statusCode(201).extract().path("id");
        act(estimator, second, "submit", null).statusCode(200).body("status", equalTo("APPROVED"));
        given().header("Authorization", owner).get("/estimates/{id}", first).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("customerStatus", equalTo("NOT_SENT"));

        String a = create(estimator, job, lines("3")).statusCode(201).extract().path("id");
        String b = create(estimator, job, lines("4")).statusCode(201).extract().path("id");
        List<Integer> statuses = Race.all(List.<Callable<Integer>>of(
                () -> act(estimator, a, "submit", null).extract().statusCode(),
                () -> act(estimator, b, "submit", null).extract().statusCode()));
        assertThat(statuses).contains(200);
        given().header("Authorization", owner).queryParam("jobId", job).queryParam("status", "APPROVED")
                .get("/estimates").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void a_part_the_book_lacks_is_refused_naming_its_line_and_the_technician_sees_no_estimates() {
        String job = jobWithPrices();
        create(estimator, job, Map.of("lines", List.of(Map.of("kind", "PART", "sku", "NOPE", "quantity", 1))))
                .statusCode(422).body("errors.field", hasItem("lines[0].sku"));
        create(estimator, job, Map.of("lines", List.of(Map.of("kind", "LABOR", "hours", 1, "rateClass", "STANDARD",
                "sneaky", 1)))).statusCode(400);
        create(estimator, UUID.randomUUID().toString(), lines("1")).statusCode(404);
        given().header("Authorization", SuiteStack.bearer(shop, "technician")).get("/estimates").then().statusCode(403);
    }

    /** Labor of {@code hours} at the standard rate and one compressor. */
    static Map<String, Object> lines(String hours) {
        return Map.of("lines", List.of(Map.of("kind", "LABOR", "hours", Double.parseDouble(hours), "rateClass",
                "STANDARD"), Map.of("kind", "PART", "sku", "COMP-3T", "quantity", 1)));
    }

    static ValidatableResponse create(String token, String job, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/jobs/{id}/estimates", job).then();
    }

    static ValidatableResponse revise(String token, String id, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .put("/estimates/{id}", id).then();
    }

    static ValidatableResponse act(String token, String id, String action, Map<String, Object> body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post("/estimates/{id}/" + action, id).then();
    }
}
