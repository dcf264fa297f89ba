package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
                "workingHours", ALL_WEEK))
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
            assertThat(browser.url()).matches(".*/customers/[0-9a-f-]{36}\\?notice=created");
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

            // the customer calls again: the CSR flags the new call as a callback of the first
            browser.find(By.id("open-callback")).click();
            browser.find(By.id("f-problem"));
            assertThat(new Select(browser.find(By.id("f-callbackOf"))).getFirstSelectedOption().getText())
                    .startsWith("Yes, of " + number);
            browser.type(By.id("f-problem"), "Furnace clicks again");
            browser.find(By.id("open-call-submit")).click();
            browser.awaitText(By.cssSelector(".notice"), "Service call opened.");
            assertThat(browser.text(By.id("call-callback"))).isEqualTo("Yes, of " + number);
            String callback = browser.text(By.id("call-number"));

            browser.find(By.linkText("← Dana Reyes")).click();
            browser.awaitText(By.id("calls"), callback);
            assertThat(browser.text(By.id("calls"))).contains("No heat, furnace clicks", "HIGH", "OPEN",
                    "Furnace repair");
            assertThat(browser.text(By.id("job-history"))).contains("Furnace repair", "READY_TO_SCHEDULE", "carl");
            browser.screenshot("customers-page");
            browser.go("/customers?search=REYES");
            assertThat(browser.text(By.cssSelector(".summary"))).isEqualTo("1 customer · page 1 of 1");
            assertThat(browser.text(By.id("customers"))).contains("Dana Reyes", "555-0400", "3 Oak Ave, Springfield 12345");
            browser.find(By.linkText("Dana Reyes")).click();
            browser.awaitText(By.id("customer-name"), "Dana Reyes");
            assertFitsAPhone(browser, "customers-page-phone");

            assertThat(browser.text(By.cssSelector("#calls tbody tr"))).contains(callback, "callback",
                    "Furnace clicks again");

            // the effect, through the API: Dana's call with its job, and the callback naming it
            JsonNode calls = csr.get(FIELD, "/service-calls?orderBy=number&order=asc").path("items");
            assertThat(calls.size()).isEqualTo(2);
            JsonNode call = calls.path(0);
            assertThat(call.path("number").asText()).isEqualTo(number);
            assertThat(calls.path(1).path("callback").asBoolean()).isTrue();
            assertThat(calls.path(1).path("callbackOf").asText()).isEqualTo(call.path("id").asText());
            assertThat(call.path("urgency").asText()).isEqualTo("HIGH");
            assertThat(csr.get(FIELD, "/customers/" + call.path("customerId").asText()).path("name").asText())
                    .isEqualTo("Dana Reyes");
            String job = csr.get(FIELD, "/service-calls/" + call.path("id").asText() + "/jobs").path(0).path("id").asText();

            // Sam's visit (flow 5): booked, started, 1 h of standard labor (95.00, untaxed), completed
            Instant start = LiveSuite.nextBookableHour();
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
            assertFitsAPhone(browser, "dashboard-day-phone");

            browser.find(By.id("previous-day")).click();
            browser.awaitText(By.cssSelector("#completed .figure"), "0");
            assertThat(browser.url()).endsWith("/dashboard?date=" + LocalDate.parse(today).minusDays(1));
            assertThat(browser.text(By.id("booked"))).contains("no priced job completed");
        }
    }

    @Test
    void the_parts_manager_reserves_a_part_on_the_truck_for_a_blocked_job_and_gives_it_back() {
        String tenant = LiveSuite.freshTenant("office-parts");
        LiveSuite.Caller clerk = suite.as("inventory-manager", tenant, "ivan");
        LiveSuite.Caller dispatcher = suite.as("dispatcher", tenant, "dina");
        LiveSuite.Caller csr = suite.as("csr", tenant, "carl");
        LiveSuite.Caller tom = suite.as("technician", tenant, "tom");
        LiveSuite.Caller parts = suite.as("parts-manager", tenant, "pam");
        String truck = clerk.post("inventory-transfer-service", "/locations", Map.of("type", "TRUCK", "name", "Truck TOM",
                "code", "TR-TOM", "vehicleId", UUID.randomUUID().toString())).path("id").asText();
        String capacitor = clerk.post("inventory-transfer-service", "/products", Map.of("sku", "CAP-45-5",
                "name", "Run capacitor 45/5 uF")).path("id").asText();
        clerk.post("inventory-transfer-service", "/stock-adjustments", Map.of("locationId", truck, "productId", capacitor,
                "quantity", 3, "unitCost", 18.50, "reason", "OPENING_BALANCE"));
        String tomId = dispatcher.post(FIELD, "/technicians", Map.of("userId", "tom", "name", "Tom Hale",
                "skills", List.of(Map.of("trade", "HVAC", "level", 2)), "workingHours", ALL_WEEK,
                "truck", Map.of("vehicleId", UUID.randomUUID().toString(), "truckLocationId", truck)))
                .path("id").asText();
        String customer = csr.post(FIELD, "/customers", Map.of("name", "Carla Diaz", "phone", "555-0300",
                "serviceAddress", Map.of("line1", "12 Elm St", "city", "Springfield", "postalCode", "12345")))
                .path("id").asText();
        String call = csr.post(FIELD, "/service-calls", Map.of("customerId", customer, "problem", "No heat",
                "urgency", "HIGH")).path("id").asText();
        String job = csr.post(FIELD, "/service-calls/" + call + "/jobs", Map.of("title", "Furnace repair",
                "trade", "HVAC", "skillLevel", 2, "expectedMinutes", 60)).path("id").asText();
        dispatcher.post(FIELD, "/board/appointments", Map.of("jobId", job, "technicianId", tomId,
                "start", LiveSuite.nextBookableHour().toString()));
        tom.post(FIELD, "/my/jobs/" + job + "/start", null);
        tom.post(FIELD, "/my/jobs/" + job + "/waiting-on-parts", Map.of("waitingFor", "1x run capacitor 45/5"));
        LiveSuite.await("field knows the capacitors on Tom's truck",
                () -> parts.get(FIELD, "/trucks/" + truck + "/stock").path("items").size() == 1);

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("parts-manager", tenant, "pam");
            assertThat(browser.url()).endsWith("/truck-stock");
            assertThat(browser.text(By.id("stock-h"))).isEqualTo("Stock on Tom Hale’s truck");
            assertThat(browser.text(By.cssSelector("#stock tbody tr"))).contains(capacitor.substring(0, 8), "3", "18.50");
            assertThat(browser.text(By.cssSelector("#blocked tbody tr"))).contains("Furnace repair", "Waiting on parts",
                    "1x run capacitor 45/5", "Tom Hale");

            new Select(browser.find(By.id("f-jobId"))).selectByValue(job);
            new Select(browser.find(By.id("f-productId"))).selectByValue(capacitor);
            browser.type(By.id("f-quantity"), "0");
            browser.find(By.id("reserve-submit")).click();
            assertThat(browser.text(By.id("f-quantity-error"))).isEqualTo("must be positive");
            browser.screenshot("truck-stock-refused");

            new Select(browser.find(By.id("f-jobId"))).selectByValue(job);
            browser.type(By.id("f-quantity"), "1");
            browser.find(By.id("reserve-submit")).click();
            browser.awaitText(By.cssSelector(".notice"), "Part asked of inventory");
            LiveSuite.await("inventory confirms the hold on Tom's truck", () -> browser.go("/truck-stock")
                    .text(By.id("reservations")).contains("CONFIRMED"));
            assertThat(browser.text(By.cssSelector("#reservations tbody tr"))).contains("Tom Hale’s truck", "1",
                    "CONFIRMED", "pam");
            assertThat(browser.text(By.cssSelector("#stock tbody tr"))).contains("3 1 2");
            browser.screenshot("truck-stock-reserved");
            assertFitsAPhone(browser, "truck-stock-phone");

            browser.type(By.cssSelector("#reservations input[name=reason]"), "Shipping it to the warehouse");
            browser.find(By.cssSelector("#reservations button[type=submit]")).click();
            browser.awaitText(By.cssSelector(".notice"), "Reservation cancelled");
            assertThat(browser.text(By.cssSelector("#reservations tbody tr"))).contains("CANCELLED",
                    "Shipping it to the warehouse");
        }
        JsonNode reservation = parts.get(FIELD, "/jobs/" + job + "/part-reservations").path("items").path(0);
        assertThat(reservation.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(reservation.path("cancelledBy").asText()).isEqualTo("pam");
    }

    /** At 390 px the page scrolls down, never sideways (wide tables scroll inside their .table-wrap). */
    private static void assertFitsAPhone(Browser browser, String screenshot) {
        Dimension laptop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            browser.screenshot(screenshot);
        } finally {
            browser.driver().manage().window().setSize(laptop);
        }
    }

    private static final List<Map<String, String>> ALL_WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
            "FRIDAY", "SATURDAY", "SUNDAY").stream().map(d -> Map.of("weekday", d, "from", "00:00", "to", "23:59")).toList();
}
