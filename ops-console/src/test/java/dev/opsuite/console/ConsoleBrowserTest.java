package dev.opsuite.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.opsuite.console.browser.Browser;
import dev.opsuite.launcher.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console in a real browser: Debian's chromium driven by Selenium through Debian's chromedriver, headless,
 * against the console this @QuarkusTest serves (the inventory API faked in the same application).
 */
@QuarkusTest
@WithTestResource(ConsoleTestStack.class)
class ConsoleBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Browser browser;

    @TestHTTPResource("/")
    URL console;

    @Inject
    FakeInventoryTransfer inventory;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = Browser.open(console.toString());
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_clerk_signs_in_sees_the_notes_and_pages_on_with_the_page_in_the_url() throws IOException {
        signIn("warehouse-clerk", "acme");

        WebDriverWait wait = browser.waitFor();
        wait.until(ExpectedConditions.urlContains("/transfer-notes"));
        assertThat(browser.driver().findElement(By.id("notes")).getText()).contains("TDN-0001", "TDN-0020").doesNotContain("TDN-0021");
        assertThat(browser.driver().findElement(By.cssSelector("header .who")).getText()).isEqualTo("dev-warehouse-clerk · warehouse-clerk · acme");
        assertThat(browser.script("return typeof htmx")).as("htmx loaded from the WebJar").isEqualTo("object");
        screenshot("transfer-notes-page-1");

        // the token the service got: signed with the launcher's key (else the fake answers 401), claims as ./suite token's
        JsonNode claims = inventory.lastClaims();
        assertThat(claims.path("groups").toString()).isEqualTo("[\"warehouse-clerk\"]");
        assertThat(claims.path("tenant").asText()).isEqualTo("acme");
        assertThat(claims.path("iss").asText()).isEqualTo(Tokens.ISSUER);
        assertThat(strings(claims.path("aud"))).containsExactlyInAnyOrderElementsOf(Tokens.suiteAudience());
        String launcherToken = Tokens.mint(ConsoleTestStack.keys(), "dev-warehouse-clerk", List.of("warehouse-clerk"), "acme",
                Duration.ofMinutes(5));
        assertThat(fieldNames(claims)).isEqualTo(fieldNames(payload(launcherToken)));

        browser.driver().findElement(By.cssSelector("a[rel=next]")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "page 2 of 3"));
        assertThat(browser.driver().findElement(By.id("notes")).getText()).contains("TDN-0021").doesNotContain("TDN-0001");
        assertThat(inventory.lastPage()).isEqualTo(2);
        screenshot("transfer-notes-page-2");

        // the URL alone restores the view (shared link, reload)
        browser.go("/transfer-notes?page=3&size=20&order=desc");
        assertThat(browser.driver().findElement(By.cssSelector(".summary")).getText()).isEqualTo("45 notes · page 3 of 3");
        assertThat(browser.driver().findElements(By.cssSelector("a[rel=next]"))).isEmpty();
    }

    @Test
    void a_clerk_filters_the_notes_by_status_and_text_and_the_filters_stay_in_the_url() {
        signIn("warehouse-clerk", "acme");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(ExpectedConditions.urlContains("/transfer-notes"));
        assertThat(browser.driver().findElement(By.id("notes")).getText())
                .as("location names instead of UUIDs").contains("Central warehouse Brno (WH-BRNO)", "Store Olomouc (ST-OLO)");

        new Select(browser.driver().findElement(By.id("f-status"))).selectByValue("RECEIVING");
        browser.type(By.id("f-search"), "TDN-000");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("status=RECEIVING"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "3 notes"));
        assertThat(browser.url()).contains("search=TDN-000");
        assertThat(browser.driver().findElement(By.id("notes")).getText()).contains("TDN-0003", "TDN-0009", "receiving")
                .doesNotContain("TDN-0001");
        assertThat(inventory.lastQuery()).contains("status=RECEIVING", "search=TDN-000");
        screenshot("transfer-notes-filtered");

        // sorting keeps the filters
        browser.driver().findElement(By.linkText("Number")).click();
        wait.until(ExpectedConditions.urlContains("orderBy=documentNumber"));
        assertThat(browser.url()).contains("status=RECEIVING", "search=TDN-000");
        assertThat(inventory.lastQuery()).contains("orderBy=documentNumber", "order=asc", "status=RECEIVING");
    }

    @Test
    void a_bad_tenant_is_explained_next_to_its_field() {
        signIn("warehouse-clerk", "ACME!");

        WebElement error = browser.find(By.id("tenant-error"));
        assertThat(error.getText()).contains("Lower-case letters");
        assertThat(browser.driver().findElement(By.id("tenant")).getAttribute("aria-describedby")).isEqualTo("tenant-error");
        screenshot("sign-in-bad-tenant");
    }

    @Test
    void the_services_problem_is_shown_when_the_role_may_not_read() {
        signIn("viewer", "acme");
        // the sign-in's answer (its cookie) before the next page, else that page may be asked without it
        browser.waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
        browser.go("/transfer-notes");

        WebElement problem = browser.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(problem.getText()).contains("Forbidden", "The role viewer may not read transfer dispatch notes.");
        screenshot("transfer-notes-forbidden");
    }

    @Test
    void a_problem_while_paging_replaces_the_table_though_the_answer_is_an_error() {
        signIn("warehouse-clerk", "acme");
        WebDriverWait wait = browser.waitFor();
        wait.until(ExpectedConditions.urlContains("/transfer-notes"));

        inventory.failNext(503);
        browser.driver().findElement(By.cssSelector("a[rel=next]")).click();

        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(problem.getText()).contains("Service Unavailable", "The notes cannot be read right now.");
        assertThat(browser.url()).contains("page=2");
        screenshot("transfer-notes-service-unavailable");
    }

    private void signIn(String role, String tenant) {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        browser.go("/sign-in");
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        browser.type(By.id("tenant"), tenant);
        driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }

    private static JsonNode payload(String jwt) throws IOException {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
