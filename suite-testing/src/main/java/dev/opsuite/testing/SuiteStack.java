package dev.opsuite.testing;

import dev.opsuite.launcher.KafkaBroker;
import dev.opsuite.launcher.Ports;
import dev.opsuite.launcher.PostgresServer;
import dev.opsuite.launcher.SigningKeys;
import dev.opsuite.launcher.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the real stack for a service's tests through the project's launcher: PostgreSQL (logical
 * decoding on, fsync on) with the service's database, a Kafka broker in KRaft mode, and a signing
 * key. Everything lives under {@code target/suite-stack} on free ports and starts clean each run.
 * Use with {@code @QuarkusTestResource(value = SuiteStack.class, initArgs = @ResourceArg(name = "database", value = "..."))}.
 */
public class SuiteStack implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static SigningKeys keys;

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Path home = Path.of("target", "suite-stack").toAbsolutePath();
        try {
            PostgresServer.stopIfRunning(home.resolve("pgdata"));
            KafkaBroker.stopIfRunning(home.resolve("kafka"));
            deleteRecursively(home);
            Files.createDirectories(home);
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            postgres = PostgresServer.start(home.resolve("pgdata"), Ports.freePort());
            postgres.createDatabaseIfMissing(database);
            kafka = KafkaBroker.start(home.resolve("kafka"), Ports.freePort(), Ports.freePort());
            keys = SigningKeys.loadOrCreate(home.resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local stack for tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey.location", keys.publicKeyPem().toUri().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    /**
     * A PostgreSQL crash ({@code pg_ctl stop -m immediate}): what the services see when the database dies or fails
     * over. {@link #restartPostgres()} brings it back on the same port and data.
     */
    public static synchronized void crashPostgres() {
        postgres.crash();
    }

    public static synchronized void restartPostgres() {
        try {
            postgres = PostgresServer.start(home().resolve("pgdata"), postgres.port());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not come back", e);
        }
    }

    /** A JDBC connection to the database of the service under test (the Quarkus test's own datasource). */
    public static java.sql.Connection serviceDatabase() throws java.sql.SQLException {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** The Kafka broker stopped; {@link #restartKafka()} brings it back on the same ports and log folder. */
    public static synchronized void stopKafka() {
        kafka.stop();
    }

    public static synchronized void restartKafka() {
        try {
            kafka = KafkaBroker.start(home().resolve("kafka"), kafka.port(), kafka.controllerPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not come back", e);
        }
    }

    private static Path home() {
        return Path.of("target", "suite-stack").toAbsolutePath();
    }

    /** {@code Authorization} header value for a caller with {@code roles} in {@code tenant}. */
    public static String bearer(String tenant, String... roles) {
        return "Bearer " + Tokens.mint(keys, "test-" + String.join("-", roles), List.of(roles), tenant, Duration.ofHours(1));
    }

    /** A token signed by the right key but for other services only (its audience does not name this one). */
    public static String bearerForAudience(String audience, String tenant, String... roles) {
        return "Bearer " + Tokens.mint(keys, "test-" + String.join("-", roles), List.of(roles), tenant, Duration.ofHours(1),
                List.of(audience));
    }

    /** A token signed by the right key whose tenant claim is blank. */
    public static String bearerWithoutTenant(String role) {
        return "Bearer " + Tokens.mint(keys, "test-" + role, List.of(role), "", Duration.ofHours(1));
    }

    public static String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public static String jdbcUrl() {
        return postgres.jdbcUrl("postgres");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
