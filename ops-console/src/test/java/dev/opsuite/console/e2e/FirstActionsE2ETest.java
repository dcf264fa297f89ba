package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

import dev.opsuite.console.browser.Browser;
import dev.opsuite.console.web.Menu;

/**
 * Every role of the sign-in page signs in and lands on its first action (seed 002), and that page is one the
 * services let the role read: no problem shown, in a business that has no data yet. And every screen in a role's
 * menu opens for it the same way — a menu entry that answers 403 would be a lie.
 */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class FirstActionsE2ETest {

    private static final List<String> ROLES = List.of("dispatcher", "csr", "estimator", "technician", "mechanic",
            "operations-manager", "owner", "finance", "billing", "inventory-manager", "warehouse-clerk", "parts-manager",
            "fleet-manager", "hr-admin", "auditor", "viewer", "admin");

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void every_role_lands_on_its_first_action_and_every_screen_of_its_menu_opens() {
        String tenant = LiveSuite.freshTenant("roles");
        // the technician's day is the day of a technician of the business: the one who signs in is one
        suite.as("dispatcher", tenant, "dev-dispatcher").post("field-service", "/technicians", Map.of(
                "userId", "dev-technician", "name", "Dev Technician",
                "skills", List.of(Map.of("trade", "HVAC", "level", 2)),
                "workingHours", java.util.stream.Stream.of(java.time.DayOfWeek.values())
                        .map(day -> Map.of("weekday", day.name(), "from", "07:00", "to", "19:00")).toList()));
        List<String> failures = new ArrayList<>();
        try (Browser browser = Browser.open(suite.console())) {
            for (String role : ROLES) {
                browser.signIn(role, tenant, "dev-" + role);
                String landed = URI.create(browser.url()).getPath();
                if (!landed.equals(Menu.landing(role))) {
                    failures.add(role + " landed on " + landed + ", not " + Menu.landing(role));
                }
                for (Menu.Entry entry : Menu.forRole(role)) {
                    browser.go(entry.path());
                    List<String> problems = browser.driver().findElements(By.cssSelector(".problem")).stream()
                            .map(e -> e.getText().replace('\n', ' ')).toList();
                    boolean consolePage = !browser.driver().findElements(By.cssSelector("header .who")).isEmpty()
                            && !browser.driver().findElements(By.tagName("h1")).isEmpty();
                    if (!problems.isEmpty() || !consolePage) {
                        failures.add(role + " " + entry.path() + ": " + (problems.isEmpty() ? "not a console page" : problems));
                        browser.screenshot("first-actions-" + role + entry.path().replace('/', '-'));
                    }
                }
                if (role.equals("owner") || role.equals("dispatcher")) {
                    browser.go(Menu.landing(role));
                    browser.screenshot("first-action-" + role);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
