package dev.opsuite.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a service's foreign keys from the PostgreSQL catalog, so a test can show that every one of
 * them names its parent by (tenant_id, id): no row can point at another tenant's parent.
 */
public final class TenantKeys {

    /** One foreign key; tenant-scoped when the child's tenant_id is paired with the parent's. */
    public record ForeignKey(String table, String name, boolean tenantScoped, boolean validated) {
    }

    private static final String FOREIGN_KEYS = """
            select c.conrelid::regclass::text, c.conname, c.convalidated,
                   exists (select 1 from unnest(c.conkey, c.confkey) as k(child, parent)
                           join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = k.child
                           join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = k.parent
                           where ca.attname = 'tenant_id' and pa.attname = 'tenant_id')
            from pg_constraint c
            where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
            order by 1, 2""";

    private TenantKeys() {
    }

    /** A connection to the database of the service under test (the Quarkus test's datasource). */
    public static Connection connect() throws SQLException {
        return SuiteStack.serviceDatabase();
    }

    public static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(FOREIGN_KEYS)) {
            while (rows.next()) {
                keys.add(new ForeignKey(rows.getString(1), rows.getString(2), rows.getBoolean(4), rows.getBoolean(3)));
            }
        }
        return keys;
    }
}
