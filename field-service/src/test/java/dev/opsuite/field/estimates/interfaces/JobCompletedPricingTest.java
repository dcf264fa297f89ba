package dev.opsuite.field.estimates.interfaces;

import static dev.opsuite.field.estimates.interfaces.PriceBookApiTest.add;
import static dev.opsuite.field.estimates.interfaces.PriceBookApiTest.fixed;
import static dev.opsuite.field.estimates.interfaces.PriceBookApiTest.markup;
import static dev.opsuite.field.estimates.interfaces.PriceBookApiTest.truckCost;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * job-completed on field.job carries the work priced, in the transaction that completes the job: by the job's approved
 * estimate where it has one, else by the price book and the business's rates. Numbers by hand, to the cent.
 */
@QuarkusTest
class JobCompletedPricingTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final String shop = "pricing-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(shop, "owner");
    final String estimator = SuiteStack.bearer(shop, "estimator");
    final String tom = SuiteStack.bearer(shop, "technician"); // signs in as test-technician

    @Test
    void the_work_is_priced_by_the_book_and_rates_and_an_approved_estimates_rates_win() {
        String technician = FieldRequests.registerTechnician(owner, FieldRequests.technician("test-technician", "HVAC",
                2)).statusCode(201).extract().path("id");
        // Tax 8.25 %, labor untaxed at 95.00 an hour.
        Map<String, Object> settings = new HashMap<>();
        settings.put("taxRate", 0.0825);
        settings.put("laborRates", Map.of("STANDARD", 95.00, "OVERTIME", 142.50, "EMERGENCY", 190.00));
        PriceBookApiTest.setSettings(owner, settings).statusCode(200);
        UUID capacitor = UUID.randomUUID();
        UUID contactor = UUID.randomUUID();
        add(estimator, markup("CAP-45", capacitor, 40)).statusCode(201);
        add(estimator, markup("CONT-40A", contactor, 25)).statusCode(201);
        Map<String, Object> filter = fixed("FILTER-16", 12.99);
        filter.put("taxable", true);
        add(estimator, filter).statusCode(201);
        truckCost(shop, UUID.randomUUID(), capacitor, "18.50", "2026-12-05T08:00:00Z");
        truckCost(shop, UUID.randomUUID(), contactor, "22.35", "2026-12-05T08:00:00Z");
        // 18.50 × 1.40 = 25.90; 22.35 × 1.25 = 27.9375 → 27.94
        await().atMost(PATIENCE).untilAsserted(() -> {
            price("CAP-45").body("unitPrice", equalTo(25.90f));
            price("CONT-40A").body("unitPrice", equalTo(27.94f));
        });

        String byTheBook = work(technician, "2026-06-03T09:00:00Z");
        JsonPath pricing = completed(byTheBook);
        // Labor 2.5 h × 95.00 = 237.50 (untaxed); parts 25.90 + 2 × 27.94 = 55.88 + 3 × 12.99 = 38.97, MYSTERY 0.00;
        // taxable 120.75 × 8.25 % = 9.961875 → 9.96; subtotal 358.25; total 368.21
        assertThat(pricing.getString("currency")).isEqualTo("USD");
        assertThat(pricing.getString("estimateId")).isNull();
        assertThat(pricing.getList("lines.kind")).containsExactly("LABOR", "PART", "PART", "PART", "PART");
        assertThat(pricing.getList("lines.amount", Float.class)).containsExactly(237.50f, 25.90f, 55.88f, 38.97f, 0.0f);
        assertThat(pricing.getList("lines.unitPrice", Float.class)).containsExactly(95.0f, 25.90f, 27.94f, 12.99f, 0.0f);
        assertThat(pricing.getString("lines[4].description")).isEqualTo("MYSTERY (needs a price)");
        assertThat(pricing.getBoolean("lines[0].taxable")).isFalse();
        assertThat(pricing.getFloat("subtotal")).isEqualTo(358.25f);
        assertThat(pricing.getFloat("tax")).isEqualTo(9.96f);
        assertThat(pricing.getFloat("total")).isEqualTo(368.21f);

        // A job estimated (and approved) at 95.00 and 25.90; then the rate and the markup go up.
        String estimated = FieldRequests.createJob(owner, FieldRequests.openCall(owner, FieldRequests.call(
                FieldRequests.customerId(owner, "Dan", "555-0400"), "HIGH", null)).statusCode(201).extract().path("id"),
                FieldRequests.job("Condenser", "HVAC", 2, 120)).statusCode(201).extract().path("id");
        String estimate = EstimatesApiTest.create(estimator, estimated, Map.of("lines", List.of(
                Map.of("kind", "LABOR", "hours", 2, "rateClass", "STANDARD"),
                Map.of("kind", "PART", "sku", "CAP-45", "quantity", 1)))).statusCode(201).extract().path("id");
        EstimatesApiTest.act(estimator, estimate, "submit", null).statusCode(200).body("status", equalTo("APPROVED"));
        settings.put("laborRates", Map.of("STANDARD", 105.00, "OVERTIME", 142.50, "EMERGENCY", 190.00));
        PriceBookApiTest.setSettings(owner, settings).statusCode(200);
        Map<String, Object> dearer = markup("CAP-45", capacitor, 50);
        dearer.remove("sku");
        given().header("Authorization", estimator).contentType(ContentType.JSON).body(dearer).put("/price-book/CAP-45")
                .then().statusCode(200).body("unitPrice", equalTo(27.75f));

        FieldRequests.assign(owner, estimated, technician, "2026-06-03T13:00:00Z").statusCode(201);
        JsonPath byEstimate = completed(workOn(estimated));
        // The estimate's 95.00 and 25.90 win over 105.00 and 27.75; the rest is the book's: the same 368.21.
        assertThat(byEstimate.getString("estimateId")).isEqualTo(estimate);
        assertThat(byEstimate.getList("lines.unitPrice", Float.class)).containsExactly(95.0f, 25.90f, 27.94f, 12.99f,
                0.0f);
        assertThat(byEstimate.getFloat("total")).isEqualTo(368.21f);

        // Both completed today at 368.21: the owner's booked dollars of the day.
        given().header("Authorization", owner).get("/dashboard/daily").then().statusCode(200)
                .body("bookedDollars.size()", org.hamcrest.Matchers.equalTo(1))
                .body("bookedDollars[0].currency", org.hamcrest.Matchers.equalTo("USD"))
                .body("bookedDollars[0].amount", org.hamcrest.Matchers.equalTo(736.42f))
                .body("bookedDollars[0].jobs", org.hamcrest.Matchers.equalTo(2));
    }

    private io.restassured.response.ValidatableResponse price(String sku) {
        return given().header("Authorization", estimator).get("/price-book/{sku}/price", sku).then().statusCode(200);
    }

    /** A new job on the technician's board at {@code start}, worked and completed: its id. */
    private String work(String technician, String start) {
        String call = FieldRequests.openCall(owner, FieldRequests.call(FieldRequests.customerId(owner, "Carla",
                "555-0300"), "HIGH", null)).statusCode(201).extract().path("id");
        String job = FieldRequests.createJob(owner, call, FieldRequests.job("Furnace", "HVAC", 2, 60)).statusCode(201)
                .extract().path("id");
        FieldRequests.assign(owner, job, technician, start).statusCode(201);
        return workOn(job);
    }

    /** 2.5 h of standard labor, a capacitor, two contactors, three filters and a part nobody priced; completed. */
    private String workOn(String job) {
        my(job, "start", null);
        my(job, "labor", Map.of("hours", 2.5, "rateClass", "STANDARD"));
        my(job, "parts", Map.of("sku", "CAP-45", "quantity", 1));
        my(job, "parts", Map.of("sku", "CONT-40A", "quantity", 2));
        my(job, "parts", Map.of("sku", "FILTER-16", "quantity", 3));
        my(job, "parts", Map.of("sku", "MYSTERY", "quantity", 1));
        my(job, "complete", null);
        return job;
    }

    private void my(String job, String action, Map<String, Object> body) {
        var request = given().header("Authorization", tom);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.post("/my/jobs/{id}/" + action, job).then().statusCode(200);
    }

    /** The pricing of the job's job-completed record on field.job (KafkaProbe checks it against its schema). */
    private static JsonPath completed(String job) {
        var records = KafkaProbe.read(Topics.FIELD_JOB, r -> job.equals(r.key())
                && "job-completed".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE);
        assertThat(records).hasSize(1);
        return new JsonPath(records.get(0).value()).setRootPath("pricing");
    }
}
