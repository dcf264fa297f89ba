package dev.opsuite.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tenant has in a service's database, in one query: per table its row count and the newest row
 * version (the largest {@code xmin}, so that an update shows too). Tables with a {@code tenant_id} are
 * counted for the tenant only, so that other tests' events landing meanwhile do not count; the others
 * (Flyway's history, the relay's offsets) by their row count alone.
 */
final class RowCounts implements AutoCloseable {

    private static final String TABLES = """
            select c.table_schema, c.table_name, bool_or(c.column_name = 'tenant_id')
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
            group by c.table_schema, c.table_name
            order by 1, 2""";

    private final Connection connection;
    private final String query;

    RowCounts(String jdbcUrl, String user, String password, String tenant) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        List<String> selects = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet tables = statement.executeQuery(TABLES)) {
            while (tables.next()) {
                String name = tables.getString(1) + "." + tables.getString(2);
                String table = quote(tables.getString(1)) + "." + quote(tables.getString(2));
                selects.add(tables.getBoolean(3)
                        ? "select '" + name + "', count(*), coalesce(max(xmin::text::bigint), 0) from " + table
                                + " where tenant_id = '" + tenant.replace("'", "''") + "'"
                        : "select '" + name + "', count(*), 0 from " + table);
            }
        }
        if (selects.isEmpty()) {
            throw new IllegalStateException("no tables in " + jdbcUrl);
        }
        this.query = String.join("\nunion all ", selects);
    }

    /** Table to "rows/newest version". */
    Map<String, String> snapshot() throws SQLException {
        Map<String, String> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2) + " rows/xmin " + rows.getLong(3));
            }
        }
        return counts;
    }

    /** The tables whose count or newest version differ, as "table: before → after". */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((table, now) -> {
            if (!now.equals(before.get(table))) {
                changes.add(table + ": " + before.get(table) + " → " + now);
            }
        });
        return changes;
    }

    int tables() {
        return query.split("\nunion all ").length;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
