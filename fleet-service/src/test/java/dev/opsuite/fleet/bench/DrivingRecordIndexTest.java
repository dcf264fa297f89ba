package dev.opsuite.fleet.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Keeps bench/fleet-driver-lookup.sh honest: its SQL (bench/fleet/load-trips.sql, two closed trip tickets a day
 * for a year per truck) loads trip tickets and driving periods the service answers "who was driving" from,
 * and the lookup is a probe of the GiST index on (tenant, vehicle, period), not a scan of the year. Runs on
 * 10 trucks, 7 300 periods (-Dbench.trips.trucks=500 for the benchmark's size); the latency is measured by the script.
 */
@QuarkusTest
class DrivingRecordIndexTest {

    private static final Logger LOG = Logger.getLogger(DrivingRecordIndexTest.class);
    static final int TRUCKS = Integer.getInteger("bench.trips.trucks", 10);

    @Test
    void a_year_of_trip_tickets_answers_who_was_driving_from_the_index() throws Exception {
        String tenant = "bench-trips-" + UUID.randomUUID();
        String truck = uuidOfMd5(tenant + "/trip-truck/0");
        LocalDate day100 = LocalDate.now(ZoneOffset.UTC).minusDays(365).plusDays(100);
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("..", "bench", "fleet", "load-trips.sql"))
                    .replace(":tenant", tenant).replace(":units", Integer.toString(TRUCKS)));
            try (ResultSet r = s.executeQuery("select count(*) from trip_ticket where tenant_id = '" + tenant + "'")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(TRUCKS * 730L);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery("explain select id from driving_period where tenant_id = '" + tenant
                    + "' and vehicle_id = '" + truck + "' and period @> timestamptz '" + day100 + "T08:00:00Z'")) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            LOG.infof("driver-at plan over %d periods:%n%s", TRUCKS * 730, plan);
            assertThat(plan.toString()).contains("driving_period_vehicle_period").doesNotContain("Seq Scan");
        }

        // Truck 0, day 100 of the year, morning trip: driver (0 + 2 x 100 + 0) mod TRUCKS, order ORD-B-0-100-0.
        String token = SuiteStack.bearer(tenant, "dispatcher");
        given().header("Authorization", token).queryParam("at", day100 + "T08:00:00Z").get("/vehicles/{id}/driver-at", truck)
                .then().statusCode(200)
                .body("driver.number", equalTo(String.format("DRV-T%06d", 200 % TRUCKS)))
                .body("orderReference", equalTo("ORD-B-0-100-0"))
                .body("source.number", equalTo("TT-B-0-100-0"));
        given().header("Authorization", token).queryParam("at", day100 + "T15:00:00Z").get("/vehicles/{id}/driver-at", truck)
                .then().statusCode(200)
                .body("driver.number", equalTo(String.format("DRV-T%06d", 201 % TRUCKS)))
                .body("orderReference", equalTo("ORD-B-0-100-1"));
        given().header("Authorization", token).queryParam("at", day100 + "T20:00:00Z").get("/vehicles/{id}/driver-at", truck)
                .then().statusCode(404).body("type", equalTo("https://opsuite.dev/problems/no-driver-found"));
    }

    /** md5(text)::uuid, as load-trips.sql derives its ids. */
    static String uuidOfMd5(String text) throws Exception {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }

    private static Connection connection() throws Exception {
        return dev.opsuite.testing.SuiteStack.serviceDatabase();
    }
}
