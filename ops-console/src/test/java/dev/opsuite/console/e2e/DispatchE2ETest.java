package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.opsuite.console.browser.Browser;

/**
 * Seed 000 on the running suite: a dispatcher schedules a dispatch and attaches invoices. The scene goes through the
 * APIs (billing: a confirmed order and two issued invoices; fleet: a ready unit and two trip tickets; dispatch: the
 * unit booked by another dispatch from now on, and the dispatch to schedule); the scheduling is done in the browser.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class DispatchE2ETest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void a_dispatcher_schedules_a_dispatch_and_attaches_invoices() {
        String tenant = LiveSuite.freshTenant("dispatch");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Scene scene = scene(tenant, now);

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("dispatcher", tenant, "dora");
            browser.go("/dispatches?orderBy=datetime&order=asc");
            browser.awaitText(By.id("dispatches"), scene.number);
            assertThat(browser.text(By.cssSelector(".summary"))).startsWith("2 dispatches ·");
            browser.screenshot("dispatches-table");

            // the earlier dispatch scheduled from its row: back on the same view, sorted as it was
            browser.find(By.cssSelector("button[aria-label='Schedule " + scene.blockerNumber + "']")).click();
            browser.awaitText(By.cssSelector(".notice"), scene.blockerNumber + ": scheduled");
            assertThat(browser.url()).contains("orderBy=datetime", "order=asc");
            assertThat(browser.text(By.id("row-" + scene.blockerId))).contains("SCHEDULED");

            browser.find(By.linkText(scene.number)).click();
            browser.awaitText(By.cssSelector("h1"), "Dispatch " + scene.number);
            assertThat(browser.text(By.id("status"))).isEqualTo("PENDING");

            // on the unit while the other dispatch has it: refused, the reason under the unit
            setValue(browser, By.id("f-datetime"), LOCAL.format(now.plus(70, ChronoUnit.MINUTES)));
            browser.find(By.id("save-schedule")).click();
            browser.awaitText(By.id("f-unit-error"), "booked by another dispatch");
            assertThat(browser.find(By.id("f-unit")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.text(By.id("problem"))).contains("Unit double booked");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("f-unit")));
            browser.screenshot("dispatches-double-booked");

            // after the other dispatch: booked
            setValue(browser, By.id("f-datetime"), LOCAL.format(now.plus(3, ChronoUnit.HOURS)));
            browser.find(By.id("save-schedule")).click();
            browser.awaitText(By.cssSelector(".notice"), "Saved");
            assertThat(browser.text(By.id("datetime"))).isEqualTo(LOCAL.format(now.plus(3, ChronoUnit.HOURS)).replace('T', ' '));

            // both invoices of the order, then scheduled
            for (String invoice : scene.invoiceIds) {
                browser.find(By.id("inv-" + invoice)).click();
            }
            browser.find(By.id("attach-invoices")).click();
            browser.awaitText(By.cssSelector(".notice"), "2 invoices attached");
            assertThat(browser.text(By.id("status"))).isEqualTo("DRAFT");
            browser.find(By.id("step-schedule")).click();
            browser.awaitText(By.cssSelector(".notice"), "The dispatch is scheduled");
            assertThat(browser.text(By.id("status"))).isEqualTo("SCHEDULED");
            String invoices = browser.text(By.id("invoice-table"));
            assertThat(invoices).contains(scene.invoiceNumbers.get(0), scene.invoiceNumbers.get(1), "12,500.00 CZK",
                    "1,500.00 CZK", "Novák Logistics");
            assertThat(browser.text(By.id("trip-ticket"))).contains(scene.laterTicketNumber);
            assertThat(browser.text(By.id("history"))).contains("PENDING", "DRAFT", "SCHEDULED");
            browser.script("arguments[0].scrollIntoView()", browser.find(By.id("invoices")));
            browser.screenshot("dispatches-detail-scheduled");

            // a new dispatch on the ticket this one runs on: refused, the reason under the trip ticket
            browser.go("/dispatches/new");
            new Select(browser.find(By.id("f-tripTicketId"))).selectByValue(scene.laterTicketId);
            new Select(browser.find(By.id("f-unit"))).selectByIndex(1);
            setValue(browser, By.id("f-datetime"), LOCAL.format(now.plus(5, ChronoUnit.HOURS)));
            browser.find(By.id("create")).click();
            browser.awaitText(By.id("f-tripTicketId-error"), "The trip ticket is used by another dispatch.");
            assertThat(browser.find(By.id("f-tripTicketId")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(new Select(browser.find(By.id("f-tripTicketId"))).getFirstSelectedOption().getAttribute("value"))
                    .as("the user's choice is kept").isEqualTo(scene.laterTicketId);
        }

        // on a phone: the table and the detail stay inside the screen (tables scroll in their own box)
        try (Browser phone = Browser.phone(suite.console())) {
            phone.signIn("dispatcher", tenant, "dora");
            for (String page : List.of("/dispatches", "/dispatches/" + scene.id, "/dispatches/new")) {
                phone.go(page).find(By.tagName("h1"));
                assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("%s fits 390 px", page).isTrue();
            }
            phone.go("/dispatches/" + scene.id).find(By.id("status"));
            phone.screenshot("dispatches-detail-phone");
        }

        JsonNode dispatch = suite.as("dispatcher", tenant, "dora").get("dispatch-service", "/dispatch/" + scene.id);
        assertThat(dispatch.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(dispatch.path("invoiceCount").asInt()).isEqualTo(2);
        assertThat(Instant.parse(dispatch.path("datetime").asText())).isEqualTo(now.plus(3, ChronoUnit.HOURS));
        assertThat(dispatch.path("history").findValuesAsText("by")).containsOnly("dora");
    }

    private record Scene(String blockerId, String blockerNumber, String id, String number, List<String> invoiceIds, List<String> invoiceNumbers,
            String laterTicketId, String laterTicketNumber) {
    }

    /** Billing's order and invoices, fleet's unit and tickets, the unit booked from now on and the dispatch to schedule. */
    private Scene scene(String tenant, Instant now) {
        LiveSuite.Caller finance = suite.as("finance", tenant, "fiona");
        LiveSuite.Caller fleet = suite.as("fleet-manager", tenant, "fred");
        LiveSuite.Caller dispatcher = suite.as("dispatcher", tenant, "dora");

        JsonNode order = finance.post("billing-service", "/sales-orders", Map.of("customerId", UUID.randomUUID(),
                "customerName", "Novák Logistics", "currency", "CZK", "lines", List.of(
                        Map.of("description", "Prague - Brno, full truck", "quantity", 1, "unitPrice", 12500.00),
                        Map.of("description", "Unloading with a tail lift", "quantity", 1, "unitPrice", 1500.00))));
        String orderId = order.path("id").asText();
        finance.post("billing-service", "/sales-orders/" + orderId + "/confirm", null);
        List<String> invoiceIds = new ArrayList<>();
        List<String> invoiceNumbers = new ArrayList<>();
        for (JsonNode line : order.path("lines")) {
            JsonNode invoice = finance.post("billing-service", "/invoices", Map.of("salesOrderId", orderId,
                    "lines", List.of(Map.of("salesOrderLineId", line.path("id").asText(), "quantity", 1))));
            invoiceIds.add(invoice.path("id").asText());
            invoiceNumbers.add(finance.post("billing-service", "/invoices/" + invoice.path("id").asText() + "/issue", null)
                    .path("invoiceNumber").asText());
        }

        String validFrom = now.minus(365, ChronoUnit.DAYS).toString().substring(0, 10);
        String validUntil = now.plus(730, ChronoUnit.DAYS).toString().substring(0, 10);
        String driver = fleet.post("fleet-service", "/drivers", Map.of("name", "Jan Dvořák")).path("id").asText();
        documents(fleet, "drivers", driver, validFrom, validUntil, "DRIVING_LICENCE", "DRIVER_CARD", "PROFESSIONAL_QUALIFICATION");
        String plate = tenant.substring(tenant.length() - 6).toUpperCase();
        String truck = fleet.post("fleet-service", "/vehicles", Map.of("registrationNumber", "T" + plate, "kind", "LKV",
                "make", "MAN", "model", "TGX 18.440", "odometerKm", 182340)).path("id").asText();
        documents(fleet, "vehicles", truck, validFrom, validUntil, "REGISTRATION", "INSURANCE", "ANNUAL_INSPECTION",
                "TACHOGRAPH_CALIBRATION", "CMR_INSURANCE");
        String trailer = fleet.post("fleet-service", "/trailers", Map.of("registrationNumber", "R" + plate, "type", "MEGA"))
                .path("id").asText();
        documents(fleet, "trailers", trailer, validFrom, validUntil, "REGISTRATION", "ANNUAL_INSPECTION");
        JsonNode unit = fleet.post("fleet-service", "/transport-units", Map.of("driverId", driver, "vehicleId", truck,
                "trailerId", trailer));
        assertThat(unit.path("readyForOrder").asBoolean()).as("the unit is ready for orders").isTrue();
        String unitId = unit.path("id").asText();
        String ticket = ticket(fleet, truck, driver, trailer, now.minus(2, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS),
                order.path("orderNumber").asText()).path("id").asText();
        JsonNode later = ticket(fleet, truck, driver, trailer, now.plus(1, ChronoUnit.HOURS), now.plus(6, ChronoUnit.HOURS),
                order.path("orderNumber").asText());

        // the unit is booked 2 h around each dispatch's datetime (seed 000's "cannot be double-booked at the same datetime")
        suite.as("operations-manager", tenant, "olga").put("dispatch-service", "/dispatch-policy",
                Map.of("pastDatetimeAllowed", false, "windowSource", "DURATION", "windowMinutes", 120));
        LiveSuite.await("the unit, its tickets and the invoices reached dispatch-service", () ->
                dispatcher.get("dispatch-service", "/trip-tickets?status=OPEN&unit=" + unitId).path("total").asInt() == 2
                        && dispatcher.get("dispatch-service", "/transport-units?readyForOrder=true").path("total").asInt() == 1
                        && dispatcher.get("dispatch-service", "/invoices").path("total").asInt() == 2);

        JsonNode blocker = dispatcher.post("dispatch-service", "/dispatch", Map.of("tripTicketId", ticket, "unit", unitId,
                "datetime", now.plus(50, ChronoUnit.MINUTES).toString()));
        JsonNode pending = dispatcher.post("dispatch-service", "/dispatch", Map.of("tripTicketId", later.path("id").asText(),
                "unit", unitId, "datetime", now.plus(4, ChronoUnit.HOURS).toString()));
        return new Scene(blocker.path("id").asText(), blocker.path("dispatchId").asText(), pending.path("id").asText(), pending.path("dispatchId").asText(), invoiceIds, invoiceNumbers,
                later.path("id").asText(), later.path("number").asText());
    }

    private static void documents(LiveSuite.Caller fleet, String kind, String id, String from, String until, String... types) {
        for (String type : types) {
            fleet.post("fleet-service", "/" + kind + "/" + id + "/documents", Map.of("type", type,
                    "number", type + "-" + id.substring(0, 6), "validFrom", from, "validUntil", until));
        }
    }

    private static JsonNode ticket(LiveSuite.Caller fleet, String truck, String driver, String trailer, Instant from,
            Instant to, String orderNumber) {
        return fleet.post("fleet-service", "/trip-tickets", Map.of("vehicleId", truck, "driverId", driver,
                "trailerId", trailer, "plannedFrom", from.toString(), "plannedTo", to.toString(), "origin", "Praha",
                "destination", "Brno", "via", List.of(), "purpose", "Delivery of " + orderNumber,
                "orderReference", orderNumber));
    }

    /** A datetime-local input's value (typing into one depends on the browser's locale). */
    private static void setValue(Browser browser, By field, String value) {
        WebElement input = browser.find(field);
        browser.script("arguments[0].value = arguments[1]", input, value);
    }
}
