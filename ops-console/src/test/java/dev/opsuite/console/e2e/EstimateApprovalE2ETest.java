package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.opsuite.console.browser.Browser;

/**
 * Seed 002's approval path and finance's review, on the running suite: the owner decides an estimate over the $5,000
 * threshold in their approval queue; finance prepares, finalizes (by another person) and exports an invoice draft.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class EstimateApprovalE2ETest {

    private static final String FIELD = "field-service";
    private static final String BILLING = "billing-service";

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void the_owner_approves_an_estimate() {
        String tenant = LiveSuite.freshTenant("estimates");
        LiveSuite.Caller owner = suite.as("owner", tenant, "olga");
        pricing(owner);
        String job = job(tenant, "AC not cooling");
        // 4 h at 95.00 (labor untaxed) + a 4,637.41 condenser + 8.25 % tax of it = 5,400.00: over the threshold.
        String estimate = suite.as("estimator", tenant, "eve").post(FIELD, "/jobs/" + job + "/estimates",
                "{\"lines\":[{\"kind\":\"LABOR\",\"hours\":4,\"rateClass\":\"STANDARD\"},"
                        + "{\"kind\":\"PART\",\"sku\":\"AC-COND-3T\",\"quantity\":1}]}").get("id").asText();
        assertThat(suite.as("estimator", tenant, "eve").post(FIELD, "/estimates/" + estimate + "/submit", null)
                .get("status").asText()).isEqualTo("OWNER_APPROVAL_REQUIRED");

        try (Browser browser = Browser.open(suite.console())) {
            // The estimator's form: a quantity the service refuses, shown under its row.
            browser.signIn("estimator", tenant, "eve");
            assertThat(browser.url()).endsWith("/estimates");
            browser.go("/estimates/new?jobId=" + job);
            new Select(browser.find(By.id("f-lines-0-item"))).selectByValue("PART:AC-COND-3T");
            browser.type(By.id("f-lines-0-quantity"), "0");
            browser.find(By.id("save")).click();
            browser.awaitText(By.id("f-lines-0-quantity-error"), "must be greater than 0");
            assertThat(browser.find(By.id("f-lines-0-quantity")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("estimates-refused-quantity");
            // Mended (a filter and an hour of labor: 95.00 + 12.50 + 1.03 tax = 108.53), saved and submitted: under
            // the threshold it is approved at once, without the owner.
            new Select(browser.find(By.id("f-lines-0-item"))).selectByValue("PART:FLT-16x25");
            browser.type(By.id("f-lines-0-quantity"), "1");
            new Select(browser.find(By.id("f-lines-1-item"))).selectByValue("LABOR:STANDARD");
            browser.type(By.id("f-lines-1-quantity"), "1");
            browser.find(By.id("save")).click();
            browser.awaitText(By.id("status"), "DRAFT");
            assertThat(browser.text(By.id("total"))).isEqualTo("108.53 USD");
            browser.find(By.id("submit")).click();
            browser.awaitText(By.id("status"), "APPROVED");
            assertThat(browser.text(By.id("customerStatus"))).isEqualTo("PRESENTED");
            assertThat(browser.text(By.cssSelector(".notice"))).contains("approved and presented to the customer");

            // The owner lands on the queue and sees the estimate with its total.
            browser.signIn("owner", tenant, "olga");
            assertThat(browser.url()).endsWith("/estimates/approvals");
            By row = By.id("estimate-" + estimate);
            assertThat(browser.text(row)).contains("5,400.00 USD").contains("Condenser 3 t, R-454B");
            browser.screenshot("estimates-owner-queue");

            // Rejecting needs a reason: the service's 422 stands under the comment.
            browser.find(By.cssSelector("#estimate-" + estimate + " button[value=REJECT]")).click();
            browser.awaitText(By.id("f-comment-error"), "Say why");
            assertThat(browser.text(By.id("problem"))).contains("Comment required");
            browser.screenshot("estimates-comment-required");

            browser.type(By.id("f-comment"), "Go ahead with the R-454B unit");
            browser.find(By.cssSelector("#estimate-" + estimate + " button[value=APPROVE]")).click();
            browser.awaitText(By.id("decided"), "APPROVED");
            assertThat(browser.text(By.id("decided"))).contains("5,400.00 USD").contains("PRESENTED");
            assertThat(browser.driver().findElements(row)).isEmpty();
            assertThat(browser.text(By.cssSelector(".summary"))).startsWith("0 estimates waiting");

            browser.find(By.cssSelector("#decided a")).click();
            browser.awaitText(By.id("status"), "APPROVED");
            assertThat(browser.text(By.id("total"))).isEqualTo("5,400.00 USD");
            assertThat(browser.text(By.id("decisions"))).contains("APPROVE by olga").contains("Go ahead with the R-454B unit");
            browser.screenshot("estimates-approved");
        }

        JsonNode approved = owner.get(FIELD, "/estimates/" + estimate);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("customerStatus").asText()).isEqualTo("PRESENTED");
        assertThat(approved.get("decisions")).hasSize(1);
        assertThat(approved.get("decisions").get(0).get("comment").asText()).isEqualTo("Go ahead with the R-454B unit");
        assertThat(approved.get("decisions").get(0).get("decidedBy").asText()).isEqualTo("olga");
    }

    @Test
    void finance_finalizes_a_draft_prepared_by_someone_else_and_exports_it() {
        String tenant = LiveSuite.freshTenant("invoices");
        pricing(suite.as("owner", tenant, "olga"));
        String job = job(tenant, "Furnace short-cycling");
        complete(tenant, job);
        LiveSuite.Caller alice = suite.as("finance", tenant, "alice");
        LiveSuite.await("billing drafts the invoice of the completed job",
                () -> alice.get(BILLING, "/invoice-drafts?jobId=" + job).get("total").asInt() == 1);
        String draft = alice.get(BILLING, "/invoice-drafts?jobId=" + job).get("items").get(0).get("id").asText();

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("finance", tenant, "alice");
            assertThat(browser.url()).endsWith("/invoice-drafts");
            // 2.5 h x 95.00 (untaxed) + a 12.50 filter + 8.25 % tax of it (1.03) = 251.03
            assertThat(browser.text(By.id("drafts"))).contains("251.03 USD").contains("DRAFT");
            browser.find(By.cssSelector("a[href='/invoice-drafts/" + draft + "']")).click();
            browser.find(By.id("prepare")).click();
            browser.awaitText(By.id("status"), "PREPARED");

            browser.find(By.id("finalize")).click();
            browser.awaitText(By.id("f-preparedBy"), "someone else finalizes it");
            assertThat(browser.text(By.id("problem"))).contains("Preparer cannot finalize");
            browser.screenshot("invoices-preparer-cannot-finalize");

            browser.signIn("finance", tenant, "bob");
            browser.go("/invoice-drafts/" + draft);
            browser.find(By.id("finalize")).click();
            browser.awaitText(By.id("status"), "FINALIZED");
            assertThat(browser.text(By.cssSelector("h1"))).matches("SVC-\\d{4}-\\d{6} v1 FINALIZED");
            browser.screenshot("invoices-finalized");

            browser.go("/ledger");
            browser.find(By.id("export")).click();
            browser.awaitText(By.id("exported"), "Exported 1 invoices and 0 adjustments, 251.03 in all");
            browser.waitFor().until(ExpectedConditions.urlContains("exported="));
            browser.find(By.id("export")).click();
            browser.awaitText(By.id("nothing"), "Nothing to export");
            assertThat(browser.text(By.id("exports"))).contains("bob").contains("251.03");
            browser.screenshot("invoices-ledger-export");
        }

        JsonNode finalized = alice.get(BILLING, "/invoice-drafts/" + draft);
        assertThat(finalized.get("status").asText()).isEqualTo("FINALIZED");
        assertThat(finalized.get("preparedBy").asText()).isEqualTo("alice");
        assertThat(finalized.get("finalizedBy").asText()).isEqualTo("bob");
        assertThat(alice.get(BILLING, "/ledger/exports").get("total").asInt()).isEqualTo(1);
    }

    /** The business's rates and a price book of two items (seed 002's flow 5). */
    private static void pricing(LiveSuite.Caller owner) {
        owner.put(FIELD, "/pricing/settings", "{\"currency\":\"USD\",\"taxRate\":0.0825,"
                + "\"laborRates\":{\"STANDARD\":95.00,\"OVERTIME\":142.50,\"EMERGENCY\":190.00}}");
        owner.post(FIELD, "/price-book",
                "{\"sku\":\"AC-COND-3T\",\"name\":\"Condenser 3 t, R-454B\",\"pricing\":\"FIXED\",\"price\":4637.41}");
        owner.post(FIELD, "/price-book",
                "{\"sku\":\"FLT-16x25\",\"name\":\"Furnace filter 16x25\",\"pricing\":\"FIXED\",\"price\":12.50}");
    }

    /** A customer's call and its job, as the CSR takes them. */
    private String job(String tenant, String problem) {
        LiveSuite.Caller csr = suite.as("csr", tenant, "carl");
        String customer = csr.post(FIELD, "/customers", "{\"name\":\"Dana Reyes\",\"phone\":\"555-0400\","
                + "\"serviceAddress\":{\"line1\":\"3 Oak Ave\",\"city\":\"Springfield\",\"postalCode\":\"12345\"}}")
                .get("id").asText();
        String call = csr.post(FIELD, "/service-calls", "{\"customerId\":\"" + customer + "\",\"problem\":\"" + problem
                + "\",\"urgency\":\"NORMAL\"}").get("id").asText();
        return csr.post(FIELD, "/service-calls/" + call + "/jobs", "{\"title\":\"" + problem
                + "\",\"trade\":\"HVAC\",\"skillLevel\":2,\"expectedMinutes\":60}").get("id").asText();
    }

    /** Sam (with a truck) booked on the job, 2.5 h of labor and a filter, completed: billing drafts its invoice. */
    private void complete(String tenant, String job) {
        String truck = suite.as("inventory-manager", tenant, "ian").post("inventory-transfer-service", "/locations",
                "{\"type\":\"TRUCK\",\"name\":\"Truck SAM\",\"code\":\"TR-SAM\",\"vehicleId\":\"" + UUID.randomUUID()
                        + "\"}").get("id").asText();
        StringBuilder week = new StringBuilder("[");
        for (String day : new String[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" }) {
            week.append(week.length() > 1 ? "," : "").append("{\"weekday\":\"").append(day)
                    .append("\",\"from\":\"00:00\",\"to\":\"23:59\"}");
        }
        LiveSuite.Caller dispatcher = suite.as("dispatcher", tenant, "dan");
        String sam = dispatcher.post(FIELD, "/technicians", "{\"userId\":\"sam\",\"name\":\"Sam Ortiz\",\"skills\":"
                + "[{\"trade\":\"HVAC\",\"level\":2}],\"workingHours\":" + week + "],\"truck\":{\"vehicleId\":\""
                + UUID.randomUUID() + "\",\"truckLocationId\":\"" + truck + "\"}}").get("id").asText();
        dispatcher.post(FIELD, "/board/appointments", "{\"jobId\":\"" + job + "\",\"technicianId\":\"" + sam
                + "\",\"start\":\"" + LiveSuite.nextBookableHour() + "\"}");
        LiveSuite.Caller technician = suite.as("technician", tenant, "sam");
        technician.post(FIELD, "/my/jobs/" + job + "/start", null);
        technician.post(FIELD, "/my/jobs/" + job + "/labor", "{\"hours\":2.5,\"rateClass\":\"STANDARD\"}");
        technician.post(FIELD, "/my/jobs/" + job + "/parts", "{\"sku\":\"FLT-16x25\",\"quantity\":1}");
        technician.post(FIELD, "/my/jobs/" + job + "/complete", null);
    }
}
