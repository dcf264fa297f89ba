package dev.opsuite.billing.orders.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database of the first slice (V3: whole-order invoices, lines in jsonb, no order status) migrates to this one:
 * its orders become CONFIRMED, their lines rows with ids, an invoiced order's lines wholly invoiced and its invoice
 * lines the order's. Run in a schema of its own, with billing's migrations only.
 */
@QuarkusTest
class FirstSliceMigrationTest {

    static final String SCHEMA = "billing_first_slice";

    @Test
    void orders_and_invoices_of_the_first_slice_migrate_to_confirmed_orders_with_line_rows_and_invoiced_quantities()
            throws SQLException {
        flyway("3").migrate();
        try (Connection c = connection(); Statement sql = c.createStatement()) {
            sql.execute("set search_path to " + SCHEMA);
            sql.execute("""
                    insert into sales_order (id, tenant_id, order_number, customer_id, customer_name, currency, lines,
                        total_amount, created_by, created_at, version)
                    values ('00000000-0000-0000-0000-000000000001', 'acme', 'SO-2026-000001', gen_random_uuid(), 'Novák',
                        'CZK', '{"lines":[{"description":"Pallet","quantity":10,"unitPrice":125.5},
                                          {"description":"Loading","quantity":1,"unitPrice":300}]}', 1555.00,
                        'clerk', '2026-11-20T08:00:00Z', 0),
                           ('00000000-0000-0000-0000-000000000002', 'acme', 'SO-2026-000002', gen_random_uuid(), 'Novák',
                        'CZK', '{"lines":[{"description":"Cable","quantity":3,"unitPrice":33.333}]}', 100.00,
                        'clerk', '2026-11-20T09:00:00Z', 0)""");
            sql.execute("""
                    insert into invoice (id, tenant_id, invoice_number, sales_order_id, sales_order_number, customer_id,
                        customer_name, total_amount, currency, status, issued_at, issued_by, created_by, created_at, version)
                    values (gen_random_uuid(), 'acme', 'INV-2026-000001', '00000000-0000-0000-0000-000000000001',
                        'SO-2026-000001', gen_random_uuid(), 'Novák', 1555.00, 'CZK', 'ISSUED', now(), 'clerk', 'clerk',
                        now(), 1)""");
        }

        flyway(null).migrate();

        try (Connection c = connection(); Statement sql = c.createStatement()) {
            sql.execute("set search_path to " + SCHEMA);
            assertThat(rows(sql, "select order_number, status, confirmed_at = created_at, confirmed_by from sales_order"
                    + " order by order_number")).containsExactly(
                    List.of("SO-2026-000001", "CONFIRMED", "t", "clerk"), List.of("SO-2026-000002", "CONFIRMED", "t", "clerk"));
            assertThat(rows(sql, "select o.order_number, l.position, l.description, l.amount, l.invoiced_quantity = l.quantity,"
                    + " l.invoiced_quantity = 0 from sales_order_line l join sales_order o on o.id = l.sales_order_id"
                    + " order by o.order_number, l.position")).containsExactly(
                    List.of("SO-2026-000001", "0", "Pallet", "1255.00", "t", "f"),
                    List.of("SO-2026-000001", "1", "Loading", "300.00", "t", "f"),
                    List.of("SO-2026-000002", "0", "Cable", "100.00", "f", "t"));
            assertThat(rows(sql, "select jsonb_array_length(lines -> 'lines'), (lines -> 'lines' -> 0 ->> 'quantity')::numeric"
                    + " from invoice")).containsExactly(List.of("2", "10.000"));
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = connection(); Statement sql = c.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static Flyway flyway(String target) {
        Config config = ConfigProvider.getConfig();
        var flyway = Flyway.configure()
                .dataSource(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getValue("quarkus.datasource.password", String.class))
                .schemas(SCHEMA).locations("classpath:db/migration");
        return (target == null ? flyway : flyway.target(target)).load();
    }

    private static Connection connection() throws SQLException {
        return dev.opsuite.testing.TenantKeys.connect();
    }

    private static List<List<String>> rows(Statement sql, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet r = sql.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
