package dev.opsuite.dispatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * With the embedded relay switched off (Kafka Connect relays in production), the service still
 * creates the outbox's replication slot before it takes a write, so that Connect finds every event
 * in it, and reports the relay as handed over rather than down.
 */
@QuarkusTest
@TestProfile(KafkaConnectRelayTest.RelayInKafkaConnect.class)
class KafkaConnectRelayTest {

    static final String SLOT = "outbox_dispatch_connect";

    public static class RelayInKafkaConnect implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opsuite.outbox.relay.enabled", "false", "opsuite.outbox.relay.slot-name", SLOT);
        }
    }

    @Test
    void the_slot_waits_for_kafka_connect_and_the_relay_reports_disabled() throws Exception {
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet slot = s.executeQuery("select plugin, active from pg_replication_slots where slot_name = '" + SLOT + "'")) {
            assertThat(slot.next()).as("slot %s exists", SLOT).isTrue();
            assertThat(slot.getString("plugin")).isEqualTo("pgoutput");
            assertThat(slot.getBoolean("active")).as("nobody streams from it here").isFalse();
        }
        Management.given().get("/q/health/group/pipeline").then().statusCode(200)
                .body("checks.find { it.name == 'outbox-relay' }.data.state", equalTo("DISABLED"));
        Management.given().get("/q/health/ready").then().statusCode(200);
    }

    @AfterAll
    static void dropSlot() throws Exception {
        // An unread slot holds WAL; the other tests of this module must not pay for it.
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.execute("select pg_drop_replication_slot('" + SLOT + "')");
        }
    }

    private static Connection database() throws Exception {
        return dev.opsuite.testing.SuiteStack.serviceDatabase();
    }
}
