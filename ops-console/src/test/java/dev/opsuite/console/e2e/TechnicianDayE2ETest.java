package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.opsuite.console.browser.Browser;

/**
 * Seed 002's technician on a phone: the job on the day's queue, started, 1.5 h of labor, a filter fitted from the
 * truck, 99 of it refused under the quantity, completed; field-service has the job completed and inventory issued the
 * filter from the truck.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class TechnicianDayE2ETest {

    private static final String FIELD = "field-service";
    private static final String INVENTORY = "inventory-transfer-service";

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void a_technician_runs_a_job_on_site_from_the_phone() {
        String tenant = LiveSuite.freshTenant("tech");
        LiveSuite.Caller clerk = suite.as("inventory-manager", tenant, "clerk");
        LiveSuite.Caller dispatcher = suite.as("dispatcher", tenant, "dana");
        LiveSuite.Caller csr = suite.as("csr", tenant, "cora");
        LiveSuite.Caller tom = suite.as("technician", tenant, "tom");

        // Tom's truck holds 5 filters in inventory.
        String truck = clerk.post(INVENTORY, "/locations", Map.of("type", "TRUCK", "name", "Truck Tom", "code", "TR-TOM",
                "vehicleId", UUID.randomUUID().toString())).path("id").asText();
        String filter = clerk.post(INVENTORY, "/products", Map.of("sku", "FLT-16x25", "name", "Furnace filter 16x25"))
                .path("id").asText();
        clerk.post(INVENTORY, "/stock-adjustments", Map.of("locationId", truck, "productId", filter, "quantity", 5,
                "unitCost", 9.00, "reason", "OPENING_BALANCE"));

        // Tom, who drives it; a customer's call; a job booked with Tom today (tomorrow morning late in the evening).
        List<Map<String, String>> allDay = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> Map.of("weekday", d.name(), "from", "00:00", "to", "23:59")).toList();
        String tomId = dispatcher.post(FIELD, "/technicians", Map.of("userId", "tom", "name", "Tom Hale",
                "skills", List.of(Map.of("trade", "HVAC", "level", 2)), "workingHours", allDay,
                "truck", Map.of("vehicleId", UUID.randomUUID().toString(), "truckLocationId", truck))).path("id").asText();
        String customer = csr.post(FIELD, "/customers", Map.of("name", "Carla Diaz", "phone", "555-0300",
                "serviceAddress", Map.of("line1", "12 Elm St", "city", "Springfield", "postalCode", "12345"))).path("id").asText();
        String call = csr.post(FIELD, "/service-calls", Map.of("customerId", customer, "problem", "No heat, furnace clicks",
                "urgency", "HIGH")).path("id").asText();
        String job = csr.post(FIELD, "/service-calls/" + call + "/jobs", Map.of("title", "Furnace repair", "trade", "HVAC",
                "skillLevel", 2, "expectedMinutes", 60)).path("id").asText();
        Instant start = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        if (start.atZone(ZoneOffset.UTC).getHour() >= 22) {
            start = start.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS);
        }
        dispatcher.post(FIELD, "/board/appointments", Map.of("jobId", job, "technicianId", tomId, "start", start.toString()));
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        LiveSuite.await("field knows the filters on Tom's truck", () -> available(tom, truck, filter) == 5);

        try (Browser browser = Browser.phone(suite.console())) {
            browser.signIn("technician", tenant, "tom");
            assertThat(browser.url()).contains("/my/day");

            // The truck, once, on this phone; then the day of the job.
            browser.type(By.id("f-truckLocationId"), truck);
            browser.find(By.cssSelector("#truck button[type=submit]")).click();
            browser.awaitText(By.id("truck-stock"), "5 available");
            browser.go("/my/day?date=" + day);
            String card = browser.text(By.id("job-" + job));
            assertThat(card).contains("Furnace repair", "Carla Diaz", "555-0300", "12 Elm St, 12345 Springfield",
                    "Scheduled", "Next: Start the job on site",
                    start.atZone(ZoneOffset.UTC).toLocalTime().toString().substring(0, 5) + "–");
            browser.screenshot("technician-day");
            assertThat(pageWidth(browser)).as("nothing wider than the phone: %s", tooWide(browser)).isLessThanOrEqualTo(390);

            // On site: start, labor, a filter from the truck.
            browser.find(By.cssSelector("#job-" + job + " form button")).click();
            browser.awaitText(By.id("status"), "In progress");
            assertThat(browser.url()).contains("/my/jobs/" + job);

            browser.type(By.id("f-findings"), "Blower motor hums, does not start");
            browser.find(By.cssSelector("#diagnosis button[type=submit]")).click();
            browser.awaitText(By.id("diagnosis-text"), "Blower motor hums");

            browser.type(By.id("f-hours"), "1.5");
            new Select(browser.find(By.id("f-rateClass"))).selectByValue("STANDARD");
            browser.find(By.cssSelector("#labor button[type=submit]")).click();
            browser.awaitText(By.id("labor-lines"), "1.5 h · STANDARD · tom");

            new Select(browser.find(By.id("f-partId"))).selectByValue(filter);
            browser.type(By.id("f-sku"), "FLT-16x25");
            browser.type(By.id("f-quantity"), "1");
            browser.find(By.cssSelector("#parts button[type=submit]")).click();
            browser.awaitText(By.id("parts-lines"), "FLT-16x25 × 1 · from my truck");
            browser.screenshot("technician-job-work");

            // 99 of them: refused, the reason under the quantity, what was typed kept. The filter is now known by its SKU.
            new Select(browser.find(By.id("f-partId"))).selectByValue(filter);
            assertThat(browser.find(By.id("f-sku")).getAttribute("value")).as("filled from the pick").isEqualTo("FLT-16x25");
            browser.type(By.id("f-quantity"), "99");
            browser.find(By.cssSelector("#parts button[type=submit]")).click();
            assertThat(browser.text(By.id("f-quantity-error"))).contains("available");
            assertThat(browser.find(By.id("f-quantity")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("f-quantity")).getAttribute("value")).isEqualTo("99");
            assertThat(browser.text(By.id("problem"))).contains("Part not on truck");
            assertThat(browser.text(By.id("parts-lines"))).doesNotContain("× 99");
            browser.screenshot("technician-part-refused");

            browser.find(By.cssSelector("#finish button[type=submit]")).click();
            browser.awaitText(By.id("status"), "Completed");
            assertThat(browser.text(By.id("notice"))).isEqualTo("Job completed.");
            browser.screenshot("technician-job-completed");

            // The day again: done, and what was used today.
            browser.find(By.linkText("← My day")).click();
            browser.awaitText(By.id("job-" + job), "Completed");
            assertThat(browser.text(By.id("used-lines"))).contains("Labor 1.5 h", "FLT-16x25 × 1");
        }

        JsonNode done = tom.get(FIELD, "/my/jobs/" + job);
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("labor").get(0).path("hours").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(done.path("partsUsed")).hasSize(1);
        assertThat(done.path("partsUsed").get(0).path("truckLocationId").asText()).isEqualTo(truck);
        LiveSuite.await("inventory issued the filter from Tom's truck", () -> clerk
                .get(INVENTORY, "/stock?locationId=" + truck + "&productId=" + filter).path("items").get(0)
                .path("onHand").decimalValue().compareTo(java.math.BigDecimal.valueOf(4)) == 0);
    }

    private static double available(LiveSuite.Caller tom, String truck, String product) {
        for (JsonNode item : tom.get(FIELD, "/trucks/" + truck + "/stock").path("items")) {
            if (item.path("productId").asText().equals(product)) {
                return item.path("available").asDouble();
            }
        }
        return 0;
    }

    /** The elements reaching past the window's right edge (for the message of a failed width check). */
    private static Object tooWide(Browser browser) {
        return browser.script("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth)
                    .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
                    .slice(0, 8).join(', ')""");
    }

    private static long pageWidth(Browser browser) {
        return ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    }
}
