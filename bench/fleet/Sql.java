import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs one SQL file of bench/fleet against a database, with {@code :tenant} and {@code :units}
 * replaced, and prints how long it took. The local stack has no psql, so the bench uses the JDBC
 * driver the launcher already ships:
 *   java -cp 'suite-launcher/target/lib/*' bench/fleet/Sql.java JDBC_URL FILE TENANT UNITS
 */
public class Sql {

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Sql JDBC_URL FILE TENANT UNITS");
            System.exit(2);
        }
        String tenant = args[2];
        if (!tenant.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("tenant must be letters, digits, - and _: " + tenant);
        }
        String sql = Files.readString(Path.of(args[1]))
                .replace(":tenant", tenant)
                .replace(":units", Integer.toString(Integer.parseInt(args[3])));
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres");
             Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
        System.out.printf("%d%n", (System.nanoTime() - started) / 1_000_000);
    }
}
