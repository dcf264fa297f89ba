import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Plain JDBC against the suite's PostgreSQL (the driver the launcher ships), one connection per query. */
final class Db {

    private final Stack stack;

    Db(Stack stack) {
        this.stack = stack;
    }

    /** Rows of a query; parameters: String, Long, Integer, or a Collection of uuid strings (bound as uuid[]). */
    List<Object[]> rows(String database, String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setQueryTimeout(60);
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof Collection<?> ids) {
                    Array array = c.createArrayOf("uuid", ids.toArray());
                    s.setArray(i + 1, array);
                } else {
                    s.setObject(i + 1, p);
                }
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + e.getMessage() + "\n  in: " + sql.strip().replaceAll("\\s+", " "), e);
        }
    }

    long count(String database, String sql, Object... params) {
        List<Object[]> r = rows(database, sql, params);
        return r.isEmpty() || r.get(0)[0] == null ? 0 : ((Number) r.get(0)[0]).longValue();
    }

    /** True when the database answers a trivial query. */
    boolean up(String database) {
        try {
            rows(database, "select 1");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    static long millis(Object o) {
        return o == null ? -1 : ((Number) o).longValue();
    }
}
