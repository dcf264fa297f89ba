package dev.opsuite.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import dev.opsuite.launcher.SigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The console's test surroundings: the launcher's signing keys under target/test-keys, and a fixed free HTTP port
 * so that the fake inventory-transfer API (a resource of the test application itself) has a known base URL.
 */
public class ConsoleTestStack implements QuarkusTestResourceLifecycleManager {

    static final Path KEYS = Path.of("target", "test-keys");

    static SigningKeys keys() {
        try {
            return SigningKeys.loadOrCreate(KEYS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        keys();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the other services are nowhere: a page that calls one shows it unreachable, never a suite running here
        String nowhere = "http://127.0.0.1:1";
        return Map.of(
                "quarkus.rest-client.dispatch.url", nowhere,
                "quarkus.rest-client.fleet.url", nowhere,
                "quarkus.rest-client.field.url", nowhere,
                "quarkus.rest-client.billing.url", nowhere,
                "quarkus.http.test-port", String.valueOf(port),
                "quarkus.rest-client.inventory-transfer.url", "http://127.0.0.1:" + port + "/fake-inventory",
                "opsuite.console.local-sign-in", "true",
                "smallrye.jwt.sign.key.location", KEYS.toAbsolutePath().resolve("private-key.pem").toUri().toString());
    }

    @Override
    public void stop() {
    }
}
