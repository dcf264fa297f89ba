package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.opsuite.console.browser.Browser;

/**
 * Seed 002's office: the CSR takes a call in the browser (a new customer, one refusal shown next to its field first,
 * a service call with its job, seen on the customer's page); the technician does the work through the API (flow 5:
 * booked, 1 h of standard labor at 95.00, completed); the owner's daily dashboard then shows the day's booked dollars
 * and the job completed.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class OfficeE2ETest {

    private static final String FIELD = "field-service";

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void a_csr_opens_a_call_for_a_new_customer_and_the_owner_sees_the_completed_job_booked_on_the_dashboard() {
        String tenant = LiveSuite.freshTenant("office");
        LiveSuite.Caller owner = suite.as("owner", tenant, "olga");
        LiveSuite.Caller dispatcher = suite.as("dispatcher", tenant, "dina");
        LiveSuite.Caller csr = suite.as("csr", tenant, "carl");
        LiveSuite.Caller sam = suite.as("technician", tenant, "sam");
        owner.put(FIELD, "/pricing/settings", Map.of("currency", "USD", "taxRate", 0.0825,
                "laborRates", Map.of("STANDARD", 95.00, "OVERTIME", 142.50, "EMERGENCY", 190.00)));
        String samId = dispatcher.post(FIELD, "/technicians", Map.of("userId", "sam", "name", "Sam Ortiz",
                "skills", List.of(Map.of("trade", "HVAC", "level", 2)),
                "workingHours", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                        .stream().map(d -> Map.of("weekday", d, "from", "00:00", "to", "23:59")).toList()))
                .path("id").asText();

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("csr", tenant, "carl");
            assertThat(browser.url()).endsWith("/customers");
            assertThat(browser.text(By.cssSelector(".summary"))).isEqualTo("0 customers · page 1 of 1");

            browser.find(By.id("new-customer")).click();
            browser.find(By.id("f-name"));
            browser.type(By.id("f-name"), "Dana Reyes").type(By.id("f-phone"), "555-0400")
                    .type(By.id("f-serviceAddress-line1"), "3 Oak Ave").type(By.id("f-serviceAddress-city"), "Springfield");
            browser.find(By.id("create-customer")).click();
            // field-service refuses the missing postal code: its message stands under the input
            assertThat(browser.text(By.id("f-serviceAddress-postalCode-error"))).isEqualTo("must not be blank");
            assertThat(browser.find(By.id("f-serviceAddress-postalCode")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("f-name")).getAttribute("value")).isEqualTo("Dana Reyes");
            browser.screenshot("customers-refused");

            browser.type(By.id("f-serviceAddress-postalCode"), "12345");
            browser.find(By.id("create-customer")).click();
            browser.awaitText(By.cssSelector(".notice"), "Customer created.");
            assertThat(browser.text(By.id("customer-name"))).isEqualTo("Dana Reyes");

            browser.find(By.id("open-call")).click();
            browser.find(By.id("f-problem"));
            browser.type(By.id("f-problem"), "No heat, furnace clicks");
            new Select(browser.find(By.id("f-urgency"))).selectByValue("HIGH");
            browser.find(By.id("open-call-submit")).click();
            browser.awaitText(By.cssSelector(".notice"), "Service call opened.");
            String number = browser.text(By.id("call-number"));
            assertThat(number).matches("SC-\\d{4}-000001");
            assertThat(browser.text(By.id("call-callback"))).isEqualTo("No");

            browser.type(By.id("f-title"), "Furnace repair");
            browser.type(By.id("f-skillLevel"), "2");
            browser.find(By.id("add-job")).click();
            browser.awaitText(By.cssSelector(".notice"), "Job added to the call.");
            assertThat(browser.text(By.id("jobs"))).contains("Furnace repair", "READY_TO_SCHEDULE");

            browser.find(By.linkText("← Dana Reyes")).click();
            browser.awaitText(By.id("calls"), number);
            assertThat(browser.text(By.id("calls"))).contains("No heat, furnace clicks", "HIGH", "OPEN",
                    "Furnace repair");
            assertThat(browser.text(By.id("job-history"))).contains("Furnace repair", "READY_TO_SCHEDULE", "carl");
            browser.screenshot("customers-page");

            // the effect, through the API: one call of Dana's, with its job
            JsonNode call = csr.get(FIELD, "/service-calls").path("items").path(0);
            assertThat(call.path("number").asText()).isEqualTo(number);
            assertThat(call.path("urgency").asText()).isEqualTo("HIGH");
            assertThat(csr.get(FIELD, "/customers/" + call.path("customerId").asText()).path("name").asText())
                    .isEqualTo("Dana Reyes");
            String job = csr.get(FIELD, "/service-calls/" + call.path("id").asText() + "/jobs").path(0).path("id").asText();

            // Sam's visit (flow 5): booked, started, 1 h of standard labor (95.00, untaxed), completed
            Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
            dispatcher.post(FIELD, "/board/appointments", Map.of("jobId", job, "technicianId", samId,
                    "start", start.toString()));
            sam.post(FIELD, "/my/jobs/" + job + "/start", null);
            sam.post(FIELD, "/my/jobs/" + job + "/labor", Map.of("hours", 1, "rateClass", "STANDARD"));
            sam.post(FIELD, "/my/jobs/" + job + "/complete", null);
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            LiveSuite.await("the job booked on the dashboard", () -> owner.get(FIELD, "/dashboard/daily?date=" + today)
                    .path("bookedDollars").size() == 1);

            browser.signIn("owner", tenant, "olga");
            browser.go("/dashboard?date=" + today);
            assertThat(browser.find(By.id("f-date")).getAttribute("value")).isEqualTo(today);
            assertThat(browser.text(By.id("booked"))).contains("USD 95.00", "1 priced job");
            assertThat(browser.text(By.cssSelector("#completed .figure"))).isEqualTo("1");
            assertThat(browser.text(By.id("jobs-completed"))).contains("Furnace repair", "Sam Ortiz");
            assertThat(browser.text(By.cssSelector("#first-time-fix .figure"))).isEqualTo("100.0 %");
            assertThat(browser.text(By.id("per-technician"))).contains("Sam Ortiz");
            browser.screenshot("dashboard-day");

            browser.find(By.id("previous-day")).click();
            browser.awaitText(By.cssSelector("#completed .figure"), "0");
            assertThat(browser.url()).endsWith("/dashboard?date=" + LocalDate.parse(today).minusDays(1));
            assertThat(browser.text(By.id("booked"))).contains("no priced job completed");
        }
    }
}
