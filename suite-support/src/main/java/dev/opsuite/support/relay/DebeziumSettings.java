package dev.opsuite.support.relay;

import dev.opsuite.events.EventHeaders;
import java.util.Properties;

/**
 * The embedded engine's configuration: the PostgreSQL connector on the outbox publication with the
 * outbox EventRouter, offsets in the service's database, and heartbeats. Kafka Connect runs the same
 * connector and transform in production (deploy/kubernetes/outbox-connectors.yaml); keep the two alike.
 */
final class DebeziumSettings {

    /** A logical decoding message, not a row: it moves this database's WAL position without touching a table. */
    static final String HEARTBEAT_QUERY = "SELECT pg_logical_emit_message(false, 'opsuite-heartbeat', now()::varchar)";

    private DebeziumSettings() {
    }

    static Properties of(String applicationName, RelayConfig config, String jdbcUrl, String user, String password) {
        JdbcUrl db = JdbcUrl.parse(jdbcUrl);
        Properties p = new Properties();
        p.setProperty("name", applicationName + "-outbox");
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("offset.storage", PostgresOffsetStore.class.getName());
        p.setProperty(PostgresOffsetStore.URL, jdbcUrl);
        p.setProperty(PostgresOffsetStore.USER, user);
        p.setProperty(PostgresOffsetStore.PASSWORD, password);
        p.setProperty("offset.flush.interval.ms", Long.toString(config.offsetFlushInterval().toMillis()));
        p.setProperty("database.hostname", db.host());
        p.setProperty("database.port", Integer.toString(db.port()));
        p.setProperty("database.dbname", db.database());
        p.setProperty("database.user", user);
        p.setProperty("database.password", password);
        p.setProperty("topic.prefix", applicationName);
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", config.slotName());
        p.setProperty("publication.name", config.publication());
        p.setProperty("publication.autocreate.mode", "disabled");
        p.setProperty("table.include.list", "public.outbox_event");
        p.setProperty("snapshot.mode", "no_data");
        p.setProperty("poll.interval.ms", Long.toString(config.pollInterval().toMillis()));
        p.setProperty("tombstones.on.delete", "false");
        // Without heartbeats a quiet outbox never confirms a position, and the slot holds the WAL that the
        // other databases of the cluster write.
        p.setProperty("heartbeat.interval.ms", Long.toString(config.heartbeatInterval().toMillis()));
        p.setProperty("heartbeat.action.query", HEARTBEAT_QUERY);
        // After the database comes back, reconnect within seconds (Debezium waits 10 s by default).
        p.setProperty("retriable.restart.connector.wait.ms", Long.toString(config.restartBackoff().toMillis()));
        p.setProperty("transforms", "outbox");
        p.setProperty("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        p.setProperty("transforms.outbox.table.field.event.id", "id");
        p.setProperty("transforms.outbox.table.field.event.key", "aggregate_id");
        p.setProperty("transforms.outbox.table.field.event.payload", "payload");
        p.setProperty("transforms.outbox.route.by.field", "topic");
        p.setProperty("transforms.outbox.route.topic.replacement", "${routedByValue}");
        p.setProperty("transforms.outbox.table.fields.additional.placement", String.join(",",
                "id:header:" + EventHeaders.ID,
                "type:header:" + EventHeaders.TYPE,
                "schema_version:header:" + EventHeaders.SCHEMA_VERSION,
                "tenant_id:header:" + EventHeaders.TENANT,
                "source:header:" + EventHeaders.SOURCE,
                "occurred_at:header:" + EventHeaders.TIME,
                "aggregate_id:header:" + EventHeaders.SUBJECT,
                "trace_parent:header:" + EventHeaders.TRACEPARENT));
        return p;
    }
}
