package dev.opsuite.fleet.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * "Who was driving" over a year of trips: one 10-hour period a day for 365 days for each of 500 vehicles
 * (-Dbench.trips.vehicles to change the fleet). The lookup must be answered from the GiST index on
 * (tenant, vehicle, period), not by scanning the year; the REST p95 of 200 lookups is logged.
 */
@QuarkusTest
class DrivingRecordIndexTest {

    private static final Logger LOG = Logger.getLogger(DrivingRecordIndexTest.class);
    static final int VEHICLES = Integer.getInteger("bench.trips.vehicles", 500);

    @Test
    void the_lookup_is_an_index_probe_over_a_year_of_trips() throws Exception {
        String tenant = "bench-trips-" + UUID.randomUUID();
        String sample;
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(load(tenant));
            s.execute("analyze vehicle; analyze driver; analyze driving_period");
            try (ResultSet r = s.executeQuery("select id from vehicle where tenant_id = '" + tenant + "' order by id limit 1")) {
                r.next();
                sample = r.getString(1);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery("explain select id from driving_period where tenant_id = '" + tenant
                    + "' and vehicle_id = '" + sample + "' and period @> timestamptz '2025-06-15T12:00:00Z'")) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            LOG.infof("driver-at plan over %d periods:%n%s", VEHICLES * 365, plan);
            assertThat(plan.toString()).contains("driving_period_vehicle_period").doesNotContain("Seq Scan");
        }

        String token = SuiteStack.bearer(tenant, "dispatcher");
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String at = java.time.LocalDate.of(2025, 1, 1).plusDays(i % 365) + "T" + (i % 2 == 0 ? "12:00:00Z" : "23:00:00Z");
            long start = System.nanoTime();
            given().header("Authorization", token).queryParam("at", at).get("/vehicles/{id}/driver-at", sample).then()
                    .statusCode(i % 2 == 0 ? 200 : 404);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        LOG.infof("driver-at over %d vehicles x 365 days: p50 %d us, p95 %d us", VEHICLES, micros.get(100), micros.get(189));
    }

    /** 500 trucks, 50 drivers, and one period a day per truck from 06:00 to 16:00 UTC through 2025. */
    static String load(String tenant) {
        return """
                insert into vehicle (id, tenant_id, registration_number, kind, make, model, odometer_km, status,
                    created_by, created_at, updated_by, updated_at, version)
                select gen_random_uuid(), ':tenant', 'B' || v, 'LKV', 'MAN', 'TGX 18.440', 0, 'ACTIVE', 'bench', now(),
                    'bench', now(), 0 from generate_series(1, :vehicles) v;
                insert into driver (id, tenant_id, employee_number, name, status, created_by, created_at, updated_by,
                    updated_at, version)
                select gen_random_uuid(), ':tenant', 'DRV-' || lpad(d::text, 4, '0'), 'Driver ' || d, 'ACTIVE', 'bench',
                    now(), 'bench', now(), 0 from generate_series(1, 50) d;
                insert into driving_period (id, tenant_id, vehicle_id, driver_id, starts_at, ends_at, order_reference,
                    source, source_id, source_number, recorded_at, version)
                select gen_random_uuid(), ':tenant', v.id, d.id, day + interval '6 hours', day + interval '16 hours',
                    'ORD-' || v.rn || '-' || to_char(day, 'DDD'), 'TRIP_TICKET', gen_random_uuid(), null, now(), 0
                from (select id, row_number() over (order by id) as rn from vehicle where tenant_id = ':tenant') v
                join (select id, row_number() over (order by id) as rn from driver where tenant_id = ':tenant') d
                    on d.rn = v.rn % 50 + 1
                cross join generate_series(timestamptz '2025-01-01T00:00:00Z', timestamptz '2025-12-31T00:00:00Z',
                    interval '1 day') day;
                """.replace(":tenant", tenant).replace(":vehicles", Integer.toString(VEHICLES));
    }

    private static Connection connection() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
