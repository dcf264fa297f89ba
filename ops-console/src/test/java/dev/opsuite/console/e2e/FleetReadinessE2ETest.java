package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import dev.opsuite.console.browser.Browser;

/**
 * Seed 004, "Expired documents discovered at the border": a fleet manager sees a transport unit drop out of READY
 * when a document of its truck expires. The scene (driver, truck, trailer with valid documents, a READY unit) is set up
 * through fleet-service; the expiry is then entered in the browser on /fleet/documents, where fleet-service
 * reassesses the unit in the same transaction (DOCUMENT_CHANGED), and /fleet shows it NOT READY with the document named.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class FleetReadinessE2ETest {

    private static final String FLEET = "fleet-service";

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void a_fleet_manager_sees_a_unit_drop_out_of_ready_when_a_document_expires() {
        String tenant = LiveSuite.freshTenant("fleet");
        LiveSuite.Caller manager = suite.as("fleet-manager", tenant, "fiona");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate lastYear = today.minusYears(1);
        LocalDate inTwoYears = today.plusYears(2);
        LocalDate inTwentyDays = today.plusDays(20);

        String driver = manager.post(FLEET, "/drivers", Map.of("name", "Jan Novák")).path("id").asText();
        for (String type : List.of("DRIVING_LICENCE", "DRIVER_CARD", "PROFESSIONAL_QUALIFICATION")) {
            document(manager, "drivers", driver, type, lastYear, inTwoYears);
        }
        String truck = manager.post(FLEET, "/vehicles", Map.of("registrationNumber", "VEH-0045", "kind", "LKV", "make", "MAN",
                "model", "TGX 18.440", "odometerKm", 95000)).path("id").asText();
        for (String type : List.of("REGISTRATION", "INSURANCE", "TACHOGRAPH_CALIBRATION", "CMR_INSURANCE")) {
            document(manager, "vehicles", truck, type, lastYear, inTwoYears);
        }
        String stk = document(manager, "vehicles", truck, "ANNUAL_INSPECTION", lastYear, inTwentyDays);
        String trailer = manager.post(FLEET, "/trailers", Map.of("registrationNumber", "TRL-0012", "type", "MEGA"))
                .path("id").asText();
        for (String type : List.of("REGISTRATION", "ANNUAL_INSPECTION")) {
            document(manager, "trailers", trailer, type, lastYear, inTwoYears);
        }
        JsonNode unit = manager.post(FLEET, "/transport-units", Map.of("driverId", driver, "vehicleId", truck, "trailerId", trailer));
        String unitId = unit.path("id").asText();
        assertThat(unit.path("readyForOrder").asBoolean()).as("the scene's unit starts READY").isTrue();

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("fleet-manager", tenant, "fiona");

            // the landing page: the unit READY (an inspection ending in 20 days is yellow, which still counts as valid)
            assertThat(browser.url()).endsWith("/fleet");
            By row = By.id("unit-" + unitId);
            assertThat(browser.text(row)).contains("READY", "VEH-0045", "TRL-0012", "Jan Novák (DRV-0001)")
                    .doesNotContain("NOT READY");
            assertThat(browser.text(By.id("units-ready"))).isEqualTo("1");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(row));
            browser.screenshot("fleet-readiness-ready");

            // documents expiring within 30 days: the inspection, in 20 days
            browser.find(By.linkText("Documents expiring")).click();
            browser.awaitText(By.cssSelector(".summary"), "To renew within 30 days: 1");
            By docRow = By.id("doc-" + stk);
            assertThat(browser.text(docRow)).contains(inTwentyDays.toString(), "20 d", "VEH-0045", "Annual inspection (STK)");
            browser.find(By.cssSelector("#doc-" + stk + " a[aria-label^='Edit']")).click();
            browser.awaitText(By.tagName("h1"), "Annual inspection (STK) of Vehicle VEH-0045");

            // a slip first: an expiry before the start is the service's 422, shown under "Valid until"
            date(browser, "validUntil", lastYear.minusDays(1));
            browser.find(By.cssSelector("#document-form button[type=submit]")).click();
            WebElement error = browser.find(By.id("f-validUntil-error"));
            assertThat(error.getText()).contains("before validFrom");
            assertThat(browser.find(By.id("f-validUntil")).getAttribute("aria-describedby")).isEqualTo("f-validUntil-error");
            assertThat(browser.text(By.id("problem"))).contains("Validity ends before it starts");
            browser.screenshot("fleet-document-validity-problem");

            // the inspection really ended yesterday
            LocalDate yesterday = today.minusDays(1);
            date(browser, "validUntil", yesterday);
            browser.find(By.cssSelector("#document-form button[type=submit]")).click();
            browser.awaitText(By.cssSelector(".notice"), "Document saved");
            assertThat(browser.url()).contains("/fleet/documents").contains("saved=" + stk);
            assertThat(browser.text(docRow)).contains(yesterday.toString(), "expired 1 d ago");

            // back on readiness: NOT READY, the document named, with a link to renew it
            browser.find(By.linkText("Fleet readiness")).click();
            browser.awaitText(row, "NOT READY");
            assertThat(browser.text(row)).contains("Vehicle VEH-0045: Annual inspection (STK) expired on " + yesterday);
            assertThat(browser.find(By.cssSelector("#unit-" + unitId + " a[href*='" + stk + "']")).getText()).isEqualTo("renew");
            assertThat(browser.text(By.id("units-not-ready"))).isEqualTo("1");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(row));
            browser.screenshot("fleet-readiness-not-ready");

            // a dispatcher's view of the unit through the API says the same
            JsonNode after = suite.as("dispatcher", tenant, "dora").get(FLEET, "/transport-units/" + unitId);
            assertThat(after.path("readyForOrder").asBoolean()).isFalse();
            assertThat(after.path("reasons").toString()).isEqualTo("[\"VEHICLE_DOCUMENTS_EXPIRED\"]");
            assertThat(manager.get(FLEET, "/transport-units?ready=true").path("total").asLong()).isZero();

            // the renewal, from the blocker's link: it starts the day after the old one ended, and the unit is READY again
            browser.find(By.cssSelector("#unit-" + unitId + " a[href*='" + stk + "']")).click();
            browser.awaitText(By.tagName("h1"), "Renew Annual inspection (STK) of Vehicle VEH-0045");
            assertThat(browser.find(By.id("f-validFrom")).getAttribute("value")).isEqualTo(today.toString());
            browser.type(By.id("f-number"), "STK-2026-0045");
            date(browser, "validUntil", today.plusYears(1).minusDays(1));
            browser.find(By.cssSelector("#renewal-form button[type=submit]")).click();
            browser.awaitText(By.cssSelector(".notice"), "Document saved");
            assertThat(browser.text(row)).contains("READY").doesNotContain("NOT READY");
            assertThat(manager.get(FLEET, "/transport-units/" + unitId).path("readyForOrder").asBoolean()).isTrue();
        }

        // on a phone the pages still fit: only the tables scroll sideways, in their own box
        try (Browser phone = Browser.phone(suite.console())) {
            phone.signIn("fleet-manager", tenant, "fiona");
            phone.go("/fleet?ready=true");
            phone.awaitText(By.id("unit-" + unitId), "READY");
            assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            phone.screenshot("fleet-readiness-phone");
            phone.go("/fleet/documents?withinDays=366");
            phone.find(By.id("documents"));
            assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        }
    }

    private static String document(LiveSuite.Caller manager, String holders, String holder, String type, LocalDate from,
            LocalDate until) {
        return manager.post(FLEET, "/" + holders + "/" + holder + "/documents", Map.of("type", type, "number",
                type.substring(0, 3) + "-" + holder.substring(0, 6), "validFrom", from.toString(), "validUntil",
                until.toString())).path("id").asText();
    }

    /** A date input's value, as the date picker would set it (typing depends on the browser's locale). */
    private static void date(Browser browser, String name, LocalDate day) {
        browser.script("arguments[0].value = arguments[1]", browser.find(By.name(name)), day.toString());
    }
}
