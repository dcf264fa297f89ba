package dev.opsuite.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

import dev.opsuite.console.browser.Browser;

/** Signing in on the running suite: the role lands on its first action, and its token is the services' to judge. */
@EnabledIfSystemProperty(named = "opsuite.e2e", matches = "true")
class SignInE2ETest {

    private final LiveSuite suite = LiveSuite.running();

    @Test
    void a_warehouse_clerk_lands_on_the_transfer_notes_of_their_own_business() {
        String tenant = LiveSuite.freshTenant("signin");
        try (Browser browser = Browser.open(suite.console())) {
            browser.signIn("warehouse-clerk", tenant, "wendy");

            assertThat(browser.url()).endsWith("/transfer-notes");
            assertThat(browser.text(By.cssSelector(".summary"))).isEqualTo("0 notes · page 1 of 1");
            assertThat(browser.text(By.cssSelector("header .who"))).isEqualTo("wendy · warehouse-clerk · " + tenant);
        }
    }
}
