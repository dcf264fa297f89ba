package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.DISPATCHER;
import static dev.opsuite.fleet.interfaces.UnitRequests.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.Topics;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the periodic sweep does (ReadinessSweep calls recomputeAllTenants): a unit whose stored
 * readiness no longer matches its members, as happens when a day passes and a document ends, is
 * corrected and published with cause RECOMPUTED; units that are right are left alone.
 */
@QuarkusTest
class ReadinessSweepTest {

    @Inject
    ManageTransportUnitsUseCase units;

    @Test
    void a_stale_unit_of_any_tenant_is_corrected_and_published() throws Throwable {
        String unitId = UnitRequests.readyUnit();
        String other = TenantFleet.of(UnitRequests.bearer("sweep-" + UUID.randomUUID(), "fleet-manager")).readyUnit();
        stale(unitId);
        stale(other);

        var report = VertxContextSupport.subscribeAndAwait(() -> units.recomputeAllTenants());

        // Other tests' units share the database: count at least these two (they are up to date otherwise).
        assertThat(report.changed()).isGreaterThanOrEqualTo(2);
        assertThat(report.units()).isGreaterThanOrEqualTo(report.changed());
        unit(DISPATCHER, unitId).statusCode(200).body("readyForOrder", equalTo(true)).body("reasons", empty());
        var events = KafkaProbe.read(Topics.FLEET_TRANSPORT_UNIT, r -> unitId.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(events).hasSize(2);
        JsonPath recomputed = new JsonPath(events.get(1).value());
        assertThat(recomputed.getString("cause")).isEqualTo("RECOMPUTED");
        assertThat(recomputed.getBoolean("readyForOrder")).isTrue();

        // A second sweep finds this unit right and publishes nothing more for it.
        VertxContextSupport.subscribeAndAwait(() -> units.recomputeAllTenants());
        assertThat(KafkaProbe.read(Topics.FLEET_TRANSPORT_UNIT, r -> unitId.equals(r.key()), 3, Duration.ofSeconds(3)))
                .hasSize(2);
    }

    /** Stores a readiness the unit's members no longer give (what a day passing does to a stored readiness). */
    private static void stale(String unitId) throws Exception {
        try (Connection c = dev.opsuite.testing.SuiteStack.serviceDatabase();
             PreparedStatement update = c.prepareStatement("update transport_unit set ready_for_order = false,"
                     + " readiness_reasons = 'DRIVER_DOCUMENTS_EXPIRED', version = version + 1 where id = ?")) {
            update.setObject(1, UUID.fromString(unitId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
