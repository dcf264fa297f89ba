package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.opsuite.console.browser.Browser;

/**
 * Seed 002's dispatcher on the board: drags a job onto a technician and sees the conflict before the drop and the
 * service's 409 after it, books it in a free slot, and sees another dispatcher's booking arrive live.
 * <p>
 * The drag: Selenium's {@code Actions.dragAndDrop} moves the mouse but chromium fires no HTML5 drag events for it
 * (headless chromium 156 with its chromedriver), so the test dispatches them from JavaScript as the browser would:
 * {@code dragstart} on the job, {@code dragenter}/{@code dragover} on the technician's row at the slot's x, then
 * {@code drop} and {@code dragend}, all sharing one {@code DataTransfer}.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class BoardE2ETest {

    private static final String DRAG = """
            const [job, track, minute, phase] = arguments;
            const lanes = track.closest('.lanes');
            const box = track.getBoundingClientRect();
            const x = box.left + box.width * minute / Number(lanes.dataset.minutes);
            const y = box.top + box.height / 2;
            if (phase === 'hover') { window.boardDrag = new DataTransfer(); }
            const fire = (el, type) => el.dispatchEvent(new DragEvent(type,
                    { bubbles: true, cancelable: true, clientX: x, clientY: y, dataTransfer: window.boardDrag }));
            if (phase === 'hover') { fire(job, 'dragstart'); fire(track, 'dragenter'); fire(track, 'dragover'); }
            else { fire(track, 'drop'); fire(job, 'dragend'); }
            """;

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void a_dispatcher_drags_a_job_onto_a_technician_and_sees_the_conflict() {
        String tenant = LiveSuite.freshTenant("board");
        LiveSuite.Caller dispatcher = suite.as("dispatcher", tenant, "dana");
        LiveSuite.Caller csr = suite.as("csr", tenant, "carl");
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String tom = technician(dispatcher, "tom", "Tom Hale");
        String petr = technician(dispatcher, "petr", "Petr Novak");
        String customer = csr.post("field-service", "/customers", Map.of("name", "Carla Diaz", "phone", "555-0300",
                "serviceAddress", Map.of("line1", "12 Elm St", "city", "Springfield", "postalCode", "12345"))).get("id").asText();
        String call = csr.post("field-service", "/service-calls",
                Map.of("customerId", customer, "problem", "No heat, furnace clicks", "urgency", "HIGH")).get("id").asText();
        String furnace = job(csr, call, "Furnace repair", 60);
        String humidifier = job(csr, call, "Humidifier check", 90);
        String thermostat = job(csr, call, "Thermostat swap", 30);
        dispatcher.post("field-service", "/board/appointments",
                Map.of("jobId", furnace, "technicianId", tom, "start", day + "T10:00:00Z"));
        dispatcher.post("field-service", "/technicians/" + petr + "/time-off",
                Map.of("from", day + "T13:00:00Z", "to", day + "T17:00:00Z", "reason", "Training"));

        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("dispatcher", tenant, "dana");
            assertThat(browser.url()).endsWith("/board");
            browser.go("/board?date=" + day);
            assertThat(browser.text(By.cssSelector("#lane-" + tom + " .block.appointment")))
                    .contains("10:00–11:00").contains("Furnace repair");

            // Onto Tom at 10:30 (the board shows 06:00-20:00: 270 minutes in): the conflict before the drop...
            drag(browser, humidifier, tom, 270, "hover");
            assertThat(browser.text(By.cssSelector("#lane-" + tom + " .slot.conflict")))
                    .isEqualTo("Conflict: 10:30–12:00 overlaps Furnace repair 10:00–11:00");
            assertThat(browser.text(By.id("drop-status"))).startsWith("Humidifier check → Tom Hale: Conflict");
            browser.screenshot("board-conflict-before-drop");

            // ...the drop still posts, and the service's 409 is shown next to the job, under the technician.
            drag(browser, humidifier, tom, 270, "drop");
            browser.awaitText(By.cssSelector("#job-" + humidifier + " .problem"), "another appointment");
            assertThat(browser.text(By.id("f-technicianId-error"))).startsWith("The technician has another appointment");
            assertThat(browser.find(By.id("f-technicianId")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.text(By.cssSelector("#lane-" + tom + " .block.refused"))).contains("10:30–12:00");
            browser.screenshot("board-409-after-drop");
            assertThat(browser.url()).endsWith("/board?date=" + day);

            // The keyboard alternative: the thermostat job's form, Petr at 13:30, in his time off (shaded).
            assertThat(browser.text(By.cssSelector("#lane-" + petr + " .block.time-off"))).contains("Time off: Training");
            browser.script("arguments[0].value = arguments[1];", browser.find(By.id("f-start-" + thermostat)), day + "T13:30");
            new Select(browser.find(By.id("f-technicianId-" + thermostat))).selectByVisibleText("Petr Novak");
            browser.find(By.cssSelector("#job-" + thermostat + " button[type=submit]")).sendKeys(Keys.ENTER);
            browser.awaitText(By.cssSelector("#job-" + thermostat + " .problem"), "time off");
            assertThat(browser.text(By.id("f-start-error"))).isEqualTo("The technician has time off then.");
            assertThat(browser.find(By.id("f-start")).getAttribute("value")).isEqualTo(day + "T13:30");
            browser.screenshot("board-form-time-off");

            // Into the free slot at 12:00: booked, the grid shows it.
            drag(browser, humidifier, tom, 360, "hover");
            assertThat(browser.text(By.cssSelector("#lane-" + tom + " .slot"))).isEqualTo("12:00–13:30 free");
            drag(browser, humidifier, tom, 360, "drop");
            browser.awaitText(By.cssSelector(".notice"), "Booked: Humidifier check.");
            assertThat(browser.url()).endsWith("/board?date=" + day + "&booked=" + humidifier);
            assertThat(blocks(browser, tom)).containsExactly("10:00–11:00 Furnace repair", "12:00–13:30 Humidifier check");
            assertThat(browser.find(By.id("board")).getText()).doesNotContain("Refused");
            JsonNode booked = dispatcher.get("field-service", "/jobs/" + humidifier + "/appointments").get(0);
            assertThat(booked.get("technicianId").asText()).isEqualTo(tom);
            assertThat(booked.get("start").asText()).isEqualTo(day + "T12:00:00Z");

            // Another dispatcher books Petr through the API: it appears without a reload.
            browser.script("window.notReloaded = true;");
            suite.as("dispatcher", tenant, "otto").post("field-service", "/board/appointments",
                    Map.of("jobId", thermostat, "technicianId", petr, "start", day + "T09:00:00Z"));
            browser.awaitText(By.cssSelector("#lane-" + petr + " .track"), "Thermostat swap");
            assertThat(blocks(browser, petr)).containsExactly("09:00–09:30 Thermostat swap");
            assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
            assertThat(browser.find(By.cssSelector(".side")).getText()).contains("Unassigned jobs (0)");
            browser.screenshot("board-live-update");

            // Resolving by moving: Tom's furnace job dragged onto Petr at 07:00 (60 minutes in).
            WebElement appointment = browser.find(By.cssSelector("#lane-" + tom + " .block.appointment"));
            drag(browser, appointment, petr, 60, "hover");
            assertThat(browser.text(By.cssSelector("#lane-" + petr + " .slot"))).isEqualTo("07:00–08:00 free");
            drag(browser, appointment, petr, 60, "drop");
            browser.awaitText(By.cssSelector(".notice"), "Moved: Furnace repair.");
            assertThat(blocks(browser, petr)).containsExactly("07:00–08:00 Furnace repair", "09:00–09:30 Thermostat swap");
            assertThat(blocks(browser, tom)).containsExactly("12:00–13:30 Humidifier check");
            JsonNode visits = dispatcher.get("field-service", "/jobs/" + furnace + "/appointments");
            assertThat(visits.get(0).get("status").asText()).isEqualTo("SUPERSEDED");
            assertThat(visits.get(1).get("technicianId").asText()).isEqualTo(petr);
        }
        try (Browser phone = Browser.phone(suite.console())) {
            phone.signIn("dispatcher", tenant, "dana").go("/board?date=" + day);
            assertThat(phone.text(By.id("lane-" + tom))).contains("Tom Hale").contains("12:00–13:30 Humidifier check");
            phone.screenshot("board-phone");
        }
    }

    private static void drag(Browser browser, String job, String technician, int minute, String phase) {
        drag(browser, browser.find(By.cssSelector("#job-" + job + " .handle")), technician, minute, phase);
    }

    private static void drag(Browser browser, WebElement source, String technician, int minute, String phase) {
        browser.script(DRAG, source, browser.find(By.cssSelector("#lane-" + technician + " .track")), minute, phase);
    }

    private static List<String> blocks(Browser browser, String technician) {
        return browser.driver().findElements(By.cssSelector("#lane-" + technician + " .block.appointment")).stream()
                .map(b -> b.getText().replace('\n', ' ')).toList();
    }

    private static String technician(LiveSuite.Caller dispatcher, String user, String name) {
        List<Map<String, String>> hours = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .stream().map(d -> Map.of("weekday", d, "from", "06:00", "to", "20:00")).toList();
        return dispatcher.post("field-service", "/technicians", Map.of("userId", user, "name", name,
                "skills", List.of(Map.of("trade", "HVAC", "level", 2)), "workingHours", hours)).get("id").asText();
    }

    private static String job(LiveSuite.Caller csr, String call, String title, int minutes) {
        return csr.post("field-service", "/service-calls/" + call + "/jobs",
                Map.of("title", title, "trade", "HVAC", "skillLevel", 2, "expectedMinutes", minutes)).get("id").asText();
    }
}
