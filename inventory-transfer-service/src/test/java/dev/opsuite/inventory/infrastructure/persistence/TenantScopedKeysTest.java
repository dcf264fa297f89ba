package dev.opsuite.inventory.infrastructure.persistence;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatchedNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.inventory.interfaces.Fixtures;
import dev.opsuite.testing.SuiteStack;
import dev.opsuite.testing.TenantKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every reference in this service's schema stays inside its tenant: a row written straight through
 * SQL that names another tenant's note, location or stock level is refused by the database.
 */
@QuarkusTest
class TenantScopedKeysTest {

    static final String GLOBEX = SuiteStack.bearer("globex", "inventory-manager");

    @Test
    void every_foreign_key_pairs_the_tenants_and_holds_for_every_row() throws SQLException {
        try (Connection c = TenantKeys.connect()) {
            assertThat(TenantKeys.foreignKeys(c))
                    .extracting(TenantKeys.ForeignKey::name)
                    .contains("transfer_goods_receipt_note", "stock_level_location", "stock_movement_level",
                            "goods_receipt_booking_receipt");
            assertThat(TenantKeys.foreignKeys(c)).allSatisfy(key -> {
                assertThat(key.tenantScoped()).as(key.name() + " pairs tenant_id").isTrue();
                assertThat(key.validated()).as(key.name() + " is validated").isTrue();
            });
        }
    }

    @Test
    void a_row_naming_another_tenants_parent_is_a_foreign_key_violation() throws SQLException {
        UUID cable = Fixtures.product("Cable NYM 3x1.5");
        String note = dispatchedNote(List.of(item(cable, 5)));
        String store = getNote(MANAGER, note).extract().path("destinationLocationId");
        String warehouse = Fixtures.warehouse().toString();
        // globex's own store and product, so that each globex row below breaks exactly one key: acme's parent.
        String globexStore = created("/locations", Map.of("type", "STORE", "name", "Globex store", "code", "G-" + UUID.randomUUID()));
        String globexProduct = created("/products", Map.of("sku", "G-" + UUID.randomUUID(), "name", "Globex cable"));

        try (Connection c = TenantKeys.connect()) {
            refusedInAnotherTenant(c, "transfer_goods_receipt_note", """
                    insert into transfer_goods_receipt (id, tenant_id, transfer_dispatch_note_id, destination_location_id,
                        status, items, created_by, created_at, version)
                    values (gen_random_uuid(), ?, ?::uuid, ?::uuid, 'DRAFT', '{"lines": []}', 'sql', now(), 0)""",
                    List.of(note, store), List.of(note, globexStore));
            refusedInAnotherTenant(c, "transfer_dispatch_note_origin", """
                    insert into transfer_dispatch_note (id, tenant_id, document_number, origin_location_id,
                        destination_location_id, status, detail, receipt_summary, created_by, created_at, updated_by,
                        updated_at, version)
                    values (gen_random_uuid(), ?, 'TDN-SQL-' || gen_random_uuid(), ?::uuid, ?::uuid, 'DRAFT',
                        '{"lines": []}', '{"lines": []}', 'sql', now(), 'sql', now(), 0)""",
                    List.of(warehouse, store), List.of(warehouse, globexStore));
            refusedInAnotherTenant(c, "stock_level_location", """
                    insert into stock_level (id, tenant_id, location_id, product_id, on_hand, reserved, in_transit, unit_cost,
                        updated_at, version)
                    values (gen_random_uuid(), ?, ?::uuid, ?::uuid, 0, 0, 0, 0, now(), 0)""",
                    List.of(warehouse, cable.toString()), List.of(warehouse, globexProduct));
            // The store holds cable in transit since the dispatch: acme's level exists, globex has none there.
            refusedInAnotherTenant(c, "stock_movement_level", """
                    insert into stock_movement (id, tenant_id, location_id, product_id, kind, quantity, reserved_change,
                        in_transit_change, unit_cost, value, on_hand_after, unit_cost_after, occurred_at, recorded_by)
                    values (gen_random_uuid(), ?, ?::uuid, ?::uuid, 'ADJUSTMENT', 0, 0, 0, 0, 0, 0, 0, now(), 'sql')""",
                    List.of(store, cable.toString()), List.of(store, globexProduct));
        }
    }

    /** {@code sql} takes the tenant, then the parents' ids: accepted with acme's, refused by {@code key} with globex's. */
    private static void refusedInAnotherTenant(Connection c, String key, String sql, List<String> acme, List<String> globex)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            assertThat(insert(c, sql, "acme", acme)).as("the same row in acme").isEqualTo(1);
            c.rollback();
            assertThatThrownBy(() -> insert(c, sql, "globex", globex))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).as("foreign key violation").isEqualTo("23503");
                        assertThat(e.getMessage()).contains("\"" + key + "\"");
                    });
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static int insert(Connection c, String sql, String tenant, List<String> parents) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, tenant);
            for (int i = 0; i < parents.size(); i++) {
                insert.setString(i + 2, parents.get(i));
            }
            return insert.executeUpdate();
        }
    }

    private static String created(String path, Map<String, Object> body) {
        return given().header("Authorization", GLOBEX).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }
}
