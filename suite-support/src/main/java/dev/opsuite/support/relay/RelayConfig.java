package dev.opsuite.support.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code opsuite.outbox.relay.*}: the embedded Debezium relay of the outbox. */
@ConfigMapping(prefix = "opsuite.outbox.relay")
public interface RelayConfig {

    /**
     * Off where Kafka Connect runs Debezium with the same outbox EventRouter instead
     * (deploy/kubernetes/outbox-connectors.yaml). The replication slot is created either way.
     */
    @WithDefault("true")
    boolean enabled();

    /** Logical replication slot; unique per database cluster, so one per service. */
    String slotName();

    @WithDefault("opsuite_outbox")
    String publication();

    /** How long the connector waits for new changes before polling again. */
    @WithDefault("50ms")
    Duration pollInterval();

    /** How often relayed positions are committed (to the offset table and the slot). */
    @WithDefault("1s")
    Duration offsetFlushInterval();

    /** How often a quiet relay confirms its position, so that the slot releases WAL. */
    @WithDefault("10s")
    Duration heartbeatInterval();

    /** Wait before the engine is restarted after a failure (database or broker away, a send refused). */
    @WithDefault("2s")
    Duration restartBackoff();
}
