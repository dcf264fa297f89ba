package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
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
 * Seed 004, "Fines arrive months late" and "Accident costs not tracked per vehicle", in the browser: the fine letter
 * for VEH-0045 is recorded and fleet-service finds who drove (a trip ticket for ORD-2025-0098); an accident is
 * reported with its damage estimate and the truck goes into repair.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class FleetFinesE2ETest {

    private static final String FLEET = "fleet-service";

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void an_hr_admin_records_a_speeding_fine_and_it_is_booked_to_the_driver_who_drove() {
        String tenant = LiveSuite.freshTenant("fines");
        LiveSuite.Caller manager = suite.as("fleet-manager", tenant, "fiona");
        String driver = manager.post(FLEET, "/drivers", Map.of("name", "Jan Novák")).path("id").asText();
        String truck = truck(manager);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        manager.post(FLEET, "/trip-tickets", Map.of("vehicleId", truck, "driverId", driver,
                "plannedFrom", now.minus(3, ChronoUnit.HOURS).toString(), "plannedTo", now.minus(1, ChronoUnit.HOURS).toString(),
                "origin", "Praha", "destination", "Brno", "via", List.of(), "purpose", "Delivery of ORD-2025-0098",
                "orderReference", "ORD-2025-0098"));
        Instant committed = now.minus(2, ChronoUnit.HOURS);

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("hr-admin", tenant, "hana");
            browser.find(By.linkText("Fines")).click();
            browser.awaitText(By.cssSelector(".summary"), "Fines: 0");
            browser.find(By.linkText("Record a fine")).click();

            new Select(browser.find(By.id("f-vehicleId"))).selectByVisibleText("VEH-0045 · MAN TGX 18.440");
            browser.script("arguments[0].value = arguments[1]", browser.find(By.id("f-committedAt")),
                    LocalDateTime.ofInstant(committed, ZoneOffset.UTC).toString());
            browser.type(By.id("f-location"), "D1, km 45").type(By.id("f-offense"), "Speeding")
                    .type(By.id("f-offenseDetails"), "140 km/h in 120 zone").type(By.id("f-amount"), "0")
                    .type(By.id("f-reference"), "PCR-2025-4411").type(By.id("f-issuingAuthority"), "Police of the Czech Republic");
            browser.find(By.cssSelector("#fine-form button[type=submit]")).click();

            // a fine of nothing is the service's own rule, said under the amount; the rest of the letter stays typed
            assertThat(browser.text(By.id("f-amount-error"))).isEqualTo("A fine is a positive amount.");
            assertThat(browser.find(By.id("f-amount")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("f-location")).getAttribute("value")).isEqualTo("D1, km 45");
            browser.screenshot("fleet-fine-amount-problem");

            browser.type(By.id("f-amount"), "500");
            browser.find(By.cssSelector("#fine-form button[type=submit]")).click();
            browser.awaitText(By.cssSelector(".notice"), "booked to Jan Novák (DRV-0001), order ORD-2025-0098");
            assertThat(browser.text(By.id("fines"))).contains("VEH-0045", "Speeding", "CZK 500.00", "attributed");
            browser.screenshot("fleet-fine-recorded");
        }

        JsonNode fines = manager.get(FLEET, "/fines?vehicleId=" + truck);
        assertThat(fines.path("total").asLong()).isEqualTo(1);
        JsonNode fine = fines.path("items").path(0);
        assertThat(fine.path("status").asText()).isEqualTo("ATTRIBUTED");
        assertThat(fine.path("driverId").asText()).isEqualTo(driver);
        assertThat(fine.path("orderReference").asText()).isEqualTo("ORD-2025-0098");
        assertThat(Instant.parse(fine.path("committedAt").asText())).isEqualTo(committed);
    }

    @Test
    void a_fleet_manager_reports_an_accident_and_the_truck_goes_into_repair() {
        String tenant = LiveSuite.freshTenant("accident");
        LiveSuite.Caller manager = suite.as("fleet-manager", tenant, "fiona");
        manager.post(FLEET, "/drivers", Map.of("name", "Jan Novák"));
        String truck = truck(manager);

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("fleet-manager", tenant, "fiona");
            browser.find(By.linkText("Accidents")).click();
            browser.find(By.linkText("Report an accident")).click();
            new Select(browser.find(By.id("f-vehicleId"))).selectByVisibleText("VEH-0045 · MAN TGX 18.440");
            new Select(browser.find(By.id("f-driverId"))).selectByVisibleText("Jan Novák (DRV-0001)");
            browser.script("arguments[0].value = arguments[1]", browser.find(By.id("f-occurredAt")),
                    LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
            browser.type(By.id("f-orderReference"), "ORD-2025-0087").type(By.id("f-location"), "D1, km 120")
                    .type(By.id("f-damageDescription"), "Cargo damaged, truck body dented")
                    .type(By.id("f-damageEstimate-amount"), "50000").type(By.id("f-policeReportNumber"), "PR-2025-77");
            browser.find(By.cssSelector("#accident-form button[type=submit]")).click();

            browser.awaitText(By.cssSelector(".notice"), "reported");
            assertThat(browser.text(By.id("accidents"))).contains("VEH-0045", "Jan Novák (DRV-0001)", "ORD-2025-0087",
                    "CZK 50,000.00", "PR-2025-77", "reported");
            browser.screenshot("fleet-accident-reported");

            browser.find(By.linkText("ACC-" + LocalDateTime.now(ZoneOffset.UTC).getYear() + "-000001")).click();
            browser.awaitText(By.tagName("h1"), "Accident ACC-");
            assertThat(browser.text(By.cssSelector("dl.facts"))).contains("CZK 50,000.00", "Cargo damaged, truck body dented",
                    "VEH-0045");
            assertThat(browser.text(By.tagName("main"))).contains("No claim filed.", "Not repaired yet.");
        }

        assertThat(manager.get(FLEET, "/vehicles/" + truck).path("status").asText()).isEqualTo("IN_REPAIR");
    }

    private static String truck(LiveSuite.Caller manager) {
        return manager.post(FLEET, "/vehicles", Map.of("registrationNumber", "VEH-0045", "kind", "LKV", "make", "MAN",
                "model", "TGX 18.440", "odometerKm", 95000)).path("id").asText();
    }
}
