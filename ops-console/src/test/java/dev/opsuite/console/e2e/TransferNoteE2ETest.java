package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.opsuite.console.browser.Browser;

/**
 * Seed 001 in the browser on the running suite: a note drafted between a warehouse and a store, dispatched (one
 * refusal next to its quantity first), received in two goods receipts (PARTIAL, then RECEIVED), its receipt summary
 * and frozen cost read on the detail; the effect checked through the API. The inventory manager drafts and
 * dispatches (the service lets only that role dispatch); the warehouse clerk receives.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class TransferNoteE2ETest {

    private static final String INVENTORY = "inventory-transfer-service";

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void a_clerk_dispatches_and_receives_a_note() {
        String tenant = LiveSuite.freshTenant("transfers");
        LiveSuite.Caller manager = suite.as("inventory-manager", tenant, "ivana");
        String warehouse = manager.post(INVENTORY, "/locations",
                Map.of("type", "WAREHOUSE", "name", "Central warehouse Brno", "code", "WH-BRNO")).path("id").asText();
        String store = manager.post(INVENTORY, "/locations",
                Map.of("type", "STORE", "name", "Store Olomouc", "code", "ST-OLO")).path("id").asText();
        String cable = manager.post(INVENTORY, "/products",
                Map.of("sku", "CAB-NYM-3x1.5", "name", "Cable NYM 3x1.5", "unit", "reel")).path("id").asText();
        String breaker = manager.post(INVENTORY, "/products", Map.of("sku", "BRK-B16", "name", "Circuit breaker B16"))
                .path("id").asText();
        stock(manager, warehouse, cable, 20, "40.00");
        stock(manager, warehouse, cable, 20, "50.00"); // WAC 45.00
        stock(manager, warehouse, breaker, 10, "6.50");
        stock(manager, store, cable, 4, "42.00");

        try (Browser browser = Browser.open(suite.console())) {
            // the manager drafts the note: 10 reels of cable, 12 breakers (only 10 in the warehouse)
            browser.signIn("inventory-manager", tenant, "ivana");
            browser.find(By.linkText("New note")).click();
            browser.waitFor().until(ExpectedConditions.urlContains("/transfer-notes/new"));
            select(browser, "f-originLocationId", "Central warehouse Brno (WH-BRNO)");
            select(browser, "f-destinationLocationId", "Store Olomouc (ST-OLO)");
            select(browser, "f-detail-0-productId", "CAB-NYM-3x1.5 · Cable NYM 3x1.5");
            type(browser, "f-detail-0-quantity", "10");
            select(browser, "f-detail-1-productId", "BRK-B16 · Circuit breaker B16");
            type(browser, "f-detail-1-quantity", "12");
            click(browser, "create");
            browser.awaitText(By.cssSelector(".notice"), "drafted");
            String noteUrl = browser.url().replaceFirst("\\?.*$", "");
            String noteId = noteUrl.substring(noteUrl.lastIndexOf('/') + 1);
            assertThat(browser.text(By.id("total"))).isEqualTo("528.00 EUR"); // 10 × 45.00 + 12 × 6.50, current WAC
            assertThat(browser.text(By.id("cost-basis"))).startsWith("Provisional");

            // someone changes the draft meanwhile: the dispatch is refused as stale and the note shown as it now is
            manager.patch(INVENTORY, "/transfers-dispatch-note/" + noteId, Map.of("transportDetail", Map.of("carrier", "PPL")));
            click(browser, "dispatch");
            browser.awaitText(By.cssSelector(".problem"), "Someone changed this record since you opened it");

            // dispatch: refused next to the breakers' quantity, then dispatched with 4
            click(browser, "dispatch");
            browser.awaitText(By.cssSelector(".problem"), "Insufficient stock");
            assertThat(browser.text(By.id("f-detail-1-quantity-error"))).as("ids written as names")
                    .isEqualTo("Only 10 of product BRK-B16 · Circuit breaker B16 is available at location "
                            + "Central warehouse Brno (WH-BRNO); 12 was asked for.");
            assertThat(browser.find(By.id("f-detail-1-quantity")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.text(By.cssSelector(".problem"))).contains("Insufficient stock");
            browser.screenshot("transfers-dispatch-refused");
            type(browser, "f-detail-1-quantity", "4");
            click(browser, "dispatch");
            browser.awaitText(By.cssSelector(".notice"), "dispatched");
            assertThat(browser.text(By.id("total"))).isEqualTo("476.00 EUR"); // 450.00 + 26.00, frozen
            assertThat(browser.text(By.id("cost-basis"))).startsWith("Cost frozen at the origin's WAC on dispatch");
            assertThat(manager.get(INVENTORY, "/stock?locationId=" + warehouse + "&productId=" + cable)
                    .path("items").path(0).path("onHand").decimalValue()).isEqualByComparingTo("30"); // 40 − 10

            // the clerk receives 6 reels and 1 damaged, approved at once: PARTIAL once the service has booked it
            browser.signIn("warehouse-clerk", tenant, "wendy");
            browser.go("/transfer-notes/" + noteId);
            type(browser, "f-items-0-receivedQuantity", "6");
            type(browser, "f-items-0-damagedQuantity", "1");
            click(browser, "record-receipt");
            browser.awaitText(By.id("receipt-status"), "PARTIAL");
            assertThat(row(browser, "summary", 0)).containsExactly("CAB-NYM-3x1.5 · Cable NYM 3x1.5", "10", "6", "1", "0", "3");

            // the rest as a draft, then approved: RECEIVED
            type(browser, "f-items-0-receivedQuantity", "3");
            type(browser, "f-items-1-receivedQuantity", "4");
            click(browser, "approve-now");
            click(browser, "record-receipt");
            browser.awaitText(By.id("draft-receipt"), "Only an approved receipt counts");
            click(browser, "approve");
            browser.awaitText(By.id("receipt-status"), "RECEIVED");
            browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#receipts tbody tr"), 2));
            assertThat(browser.text(By.id("status"))).isEqualTo("fully received");
            assertThat(browser.driver().findElements(By.id("receive"))).as("nothing left to receive").isEmpty();
            assertThat(row(browser, "summary", 0)).containsExactly("CAB-NYM-3x1.5 · Cable NYM 3x1.5", "10", "9", "1", "0", "0");
            assertThat(row(browser, "summary", 1)).containsExactly("BRK-B16 · Circuit breaker B16", "4", "4", "0", "0", "0");
            assertThat(browser.text(By.id("total"))).isEqualTo("476.00 EUR");
            // the documents: the service's PDF through the console (the user's cookie, no token in the browser), and its print view
            HttpResponse<byte[]> pdf = download(browser, "/transfer-notes/" + noteId + "/pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(browser.find(By.linkText("Print view")).getAttribute("href")).endsWith("/transfer-notes/" + noteId + "/print");
            assertThat(new String(download(browser, "/transfer-notes/" + noteId + "/print").body(), StandardCharsets.UTF_8))
                    .contains("TDN-2026-000001", "Central warehouse Brno");

            browser.script("document.getElementById('receipt-summary').scrollIntoView()");
            browser.screenshot("transfers-received");

            // through the API: the note is received, the store holds 13 reels at (4 × 42 + 9 × 45) / 13
            JsonNode note = manager.get(INVENTORY, "/transfers-dispatch-note/" + noteId);
            assertThat(note.path("transferGoodsReceiptStatus").asText()).isEqualTo("RECEIVED");
            assertThat(note.path("status").asText()).isEqualTo("FULLY_RECEIVED");
            JsonNode level = manager.get(INVENTORY, "/stock?locationId=" + store + "&productId=" + cable).path("items").path(0);
            assertThat(level.path("onHand").decimalValue()).isEqualByComparingTo("13");
            assertThat(level.path("unitCost").decimalValue()).isEqualByComparingTo("44.076923");
        }

        // on a phone: the list and the detail fit the width (wide tables scroll in their own box)
        try (Browser phone = Browser.phone(suite.console())) {
            // headless chromium keeps its window at least 500 px wide: emulate the phone's 390 px viewport
            ((ChromeDriver) phone.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            phone.signIn("warehouse-clerk", tenant, "wendy");
            phone.find(By.linkText("TDN-2026-000001"));
            assertThat(phone.script("return document.documentElement.scrollWidth")).isEqualTo(390L);
            phone.screenshot("transfers-phone-list");
            phone.find(By.linkText("TDN-2026-000001")).click();
            phone.awaitText(By.id("receipt-status"), "RECEIVED");
            assertThat(phone.script("return document.documentElement.scrollWidth")).isEqualTo(390L);
            phone.screenshot("transfers-phone-detail");
        }
    }

    private static void stock(LiveSuite.Caller manager, String location, String product, int quantity, String unitCost) {
        manager.post(INVENTORY, "/stock-adjustments", Map.of("locationId", location, "productId", product, "quantity", quantity,
                "unitCost", new BigDecimal(unitCost), "reason", "OPENING_BALANCE"));
    }

    // htmx swaps the page in place after a boosted click: an element found just before the swap goes stale, so each
    // step is retried until it acts on the page as it now is

    private static void select(Browser browser, String id, String text) {
        browser.waitFor().ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    new Select(d.findElement(By.id(id))).selectByVisibleText(text);
                    return true;
                });
    }

    private static void type(Browser browser, String id, String text) {
        browser.waitFor().ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> {
                    browser.type(By.id(id), text);
                    return true;
                });
    }

    private static void click(Browser browser, String id) {
        browser.waitFor().ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    browser.find(By.id(id)).click();
                    return true;
                });
    }

    /** A GET of the console with the browser's session cookie (a download the browser would save). */
    private static HttpResponse<byte[]> download(Browser browser, String path) {
        Cookie session = browser.driver().manage().getCookieNamed("opsuite_token");
        String base = browser.url().replaceFirst("^(https?://[^/]+).*$", "$1");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Cookie", session.getName() + "=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> row(Browser browser, String table, int index) {
        return browser.driver().findElements(By.cssSelector("#" + table + " tbody tr")).get(index)
                .findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList();
    }
}
