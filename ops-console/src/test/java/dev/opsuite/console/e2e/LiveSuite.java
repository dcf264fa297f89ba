package dev.opsuite.console.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.opsuite.launcher.SigningKeys;
import dev.opsuite.launcher.Tokens;

/**
 * The suite as {@code ./suite up} runs it, for the end-to-end browser tests: the ports it wrote to
 * {@code .suite/ports.properties}, its signing keys (tokens as {@code ./suite token} mints them), and plain JSON calls
 * to the services to set a scene up (what the scenario is about is then done in the browser). Every scenario takes a
 * fresh tenant, so runs never see each other's data.
 * <p>
 * The e2e tests run only with {@code -Dopsuite.e2e=true} (e2e/console.sh), against a running suite; the root is
 * {@code -Dopsuite.root} (default: the parent folder of the module).
 */
public final class LiveSuite {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Properties ports = new Properties();
    private final SigningKeys keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LiveSuite(Path root) throws IOException {
        Path file = root.resolve(".suite/ports.properties");
        Path keysDir = root.resolve(".suite/keys");
        assertTrue(Files.isRegularFile(file) && Files.isRegularFile(keysDir.resolve("private-key.pem")),
                "the end-to-end browser tests need a running suite: ./suite up (no " + file + ")");
        try (Reader reader = Files.newBufferedReader(file)) {
            ports.load(reader);
        }
        keys = SigningKeys.loadOrCreate(keysDir);
    }

    public static LiveSuite running() {
        try {
            return new LiveSuite(Path.of(System.getProperty("opsuite.root", "..")).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tenant no other run uses: e2e-console-&lt;scenario&gt;-&lt;random&gt; (at most 40 characters). */
    public static String freshTenant(String scenario) {
        return ("e2e-" + scenario + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
    }

    /** The console's base URL: -Dopsuite.e2e.console, else the port ./suite up wrote, else 8080. */
    public String console() {
        String explicit = System.getProperty("opsuite.e2e.console");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        return "http://127.0.0.1:" + ports.getProperty("ops-console.port", "8080");
    }

    /** e.g. service("field-service") → http://127.0.0.1:8084. */
    public String service(String name) {
        String port = ports.getProperty(name + ".port");
        assertTrue(port != null, "no port for " + name + " in .suite/ports.properties");
        return "http://127.0.0.1:" + port;
    }

    public String token(String role, String tenant, String user) {
        return Tokens.mint(keys, user, List.of(role), tenant, Duration.ofHours(1));
    }

    /** A call as {@code user} with {@code role} in {@code tenant}. */
    public Caller as(String role, String tenant, String user) {
        return new Caller(token(role, tenant, user));
    }

    /** JSON calls with one token; each asserts a 2xx answer (a scene that cannot be set up fails loudly). */
    public final class Caller {

        private final String token;

        private Caller(String token) {
            this.token = token;
        }

        public JsonNode get(String service, String path) {
            return send(service, path, "GET", null);
        }

        public JsonNode post(String service, String path, Object body) {
            return send(service, path, "POST", body);
        }

        public JsonNode put(String service, String path, Object body) {
            return send(service, path, "PUT", body);
        }

        public JsonNode patch(String service, String path, Object body) {
            return send(service, path, "PATCH", body);
        }

        /** The raw answer, for a call whose refusal the scene needs. */
        public HttpResponse<String> call(String service, String path, String method, Object body) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service(service) + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json");
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(
                                    body instanceof String s ? s : JSON.writeValueAsString(body)));
                }
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private JsonNode send(String service, String path, String method, Object body) {
            HttpResponse<String> response = call(service, path, method, body);
            assertTrue(response.statusCode() / 100 == 2,
                    () -> method + " " + service + path + " answered " + response.statusCode() + ": " + response.body());
            try {
                return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The start of an hour-long visit that stays inside one UTC day whatever the time of the run: the next full
     * hour, or 01:00 tomorrow when the next hour is 23:00 (technicians in the scenes work 00:00–23:59 UTC).
     */
    public static java.time.Instant nextBookableHour() {
        java.time.Instant next = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(3600);
        return next.atOffset(java.time.ZoneOffset.UTC).getHour() == 23 ? next.plusSeconds(2 * 3600) : next;
    }

    /** Polls until {@code check} holds (events cross Kafka between services): up to 30 s. */
    public static void await(String what, java.util.function.BooleanSupplier check) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!check.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 30 s for: " + what);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
