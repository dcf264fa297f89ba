package dev.opsuite.fleet.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Keeps bench/fleet-readiness.sh honest: its SQL loads units the service reads as ready once
 * reassessed, and its "insurance expired" update blocks them all. Runs the bench's own files on a
 * few hundred units (-Dbench.fleet.units=10000 for the full size) and logs the recompute times;
 * the numbers in docs/benchmarks.md come from the script on a running suite.
 */
@QuarkusTest
class FleetBenchSqlTest {

    private static final Logger LOG = Logger.getLogger(FleetBenchSqlTest.class);
    static final int UNITS = Integer.getInteger("bench.fleet.units", 300);

    @Test
    void the_bench_load_is_recomputed_ready_and_the_expired_insurance_blocks_every_unit() throws Exception {
        String tenant = "bench-" + UUID.randomUUID();
        String manager = SuiteStack.bearer(tenant, "fleet-manager");
        run("load.sql", tenant);

        JsonPath first = recompute(manager);
        assertThat(first.getInt("units")).isEqualTo(UNITS);
        assertThat(first.getInt("changed")).isEqualTo(UNITS);
        JsonPath second = recompute(manager);
        assertThat(second.getInt("changed")).isZero();
        given().header("Authorization", manager).queryParam("ready", true).get("/transport-units").then()
                .statusCode(200).body("total", equalTo(UNITS));

        run("expire-insurance.sql", tenant);
        JsonPath third = recompute(manager);
        assertThat(third.getInt("changed")).isEqualTo(UNITS);
        given().header("Authorization", manager).queryParam("ready", false).queryParam("size", 1).get("/transport-units")
                .then().statusCode(200).body("total", equalTo(UNITS))
                .body("items[0].reasons", equalTo(java.util.List.of("VEHICLE_DOCUMENTS_EXPIRED")));

        LOG.infof("recompute of %d units: %d ms (all changed), %d ms (none changed), %d ms (all changed)", UNITS,
                first.getLong("millis"), second.getLong("millis"), third.getLong("millis"));
    }

    private static JsonPath recompute(String token) {
        // One request reassesses every unit: at full size, longer than the tests' usual 30 s read timeout.
        var slow = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 10_000));
        return given().config(slow).header("Authorization", token).post("/transport-units/readiness-recompute").then()
                .statusCode(200).extract().jsonPath();
    }

    /** What bench/fleet/Sql.java does, on the test stack's database. */
    private static void run(String file, String tenant) throws Exception {
        String sql = Files.readString(Path.of("..", "bench", "fleet", file))
                .replace(":tenant", tenant).replace(":units", Integer.toString(UNITS));
        try (Connection c = dev.opsuite.testing.SuiteStack.serviceDatabase();
             Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
