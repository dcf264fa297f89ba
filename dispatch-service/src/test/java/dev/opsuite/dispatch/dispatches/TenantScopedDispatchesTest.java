package dev.opsuite.dispatch.dispatches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.dispatch.testing.Scene;
import dev.opsuite.testing.SuiteStack;
import dev.opsuite.testing.TenantKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A business sees and touches only its own dispatches: another's answers 404, and every reference of the schema pairs
 * the tenant, so not even a row written straight through SQL can name another business's dispatch.
 */
@QuarkusTest
class TenantScopedDispatchesTest {

    @Test
    void another_business_dispatch_is_not_found_to_read_change_or_delete() {
        Scene acme = new Scene("acme");
        String id = acme.pendingDispatch();
        String globex = SuiteStack.bearer("globex-" + UUID.randomUUID(), "operations-manager");

        given().header("Authorization", globex).get("/dispatch/" + id).then().statusCode(404);
        given().header("Authorization", globex).contentType(ContentType.JSON).body(Map.of("datetime", acme.tripFrom.toString()))
                .patch("/dispatch/" + id).then().statusCode(404);
        given().header("Authorization", globex).delete("/dispatch/" + id).then().statusCode(404);
        given().header("Authorization", globex).get("/dispatch").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void every_foreign_key_pairs_the_tenants_and_a_link_to_another_business_dispatch_is_refused() throws SQLException {
        Scene acme = new Scene("acme");
        String id = acme.pendingDispatch();
        try (Connection c = TenantKeys.connect()) {
            assertThat(TenantKeys.foreignKeys(c)).extracting(TenantKeys.ForeignKey::name)
                    .contains("dispatch_invoice_dispatch", "dispatch_proof_dispatch", "invoice_request_dispatch");
            assertThat(TenantKeys.foreignKeys(c)).allSatisfy(key -> {
                assertThat(key.tenantScoped()).as(key.name() + " pairs tenant_id").isTrue();
                assertThat(key.validated()).as(key.name() + " is validated").isTrue();
            });
            assertThatThrownBy(() -> c.createStatement().execute("""
                    insert into dispatch_invoice (id, tenant_id, dispatch_id, invoice_id, invoice_number, sales_order_id,
                        customer_id, attached_by, attached_at)
                    values ('%s', 'globex', '%s', '%s', 'INV-1', '%s', '%s', 'mallory', now())""".formatted(
                    UUID.randomUUID(), id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
        }
    }
}
