package dev.opsuite.support.relay;

import dev.opsuite.events.EventHeaders;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Relays committed outbox rows to Kafka: the Debezium embedded engine reads the outbox table from
 * PostgreSQL's logical replication (pgoutput), the outbox EventRouter turns each row into a record
 * for the row's topic keyed by aggregate id, and this class sends it with the event's headers.
 * A position is committed only after Kafka acknowledged every record before it, so a crash or a
 * restart re-sends rather than loses (consumers deduplicate on {@code ce_id}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Relay states, as the readiness check reports them. */
    public enum State { DISABLED, STOPPED, STARTING, RUNNING, FAILED }

    private final RelayConfig config;
    private final String applicationName;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String bootstrapServers;
    private final Counter relayed;
    private final Timer lag;

    private final AtomicReference<State> state = new AtomicReference<>(State.STOPPED);
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean wanted;
    private volatile DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
    private volatile KafkaProducer<String, byte[]> producer;
    private ExecutorService executor;

    public OutboxRelay(RelayConfig config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            MeterRegistry meters) {
        this.config = config;
        this.applicationName = applicationName;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.bootstrapServers = bootstrapServers;
        this.relayed = meters.counter("opsuite.outbox.relayed");
        this.lag = Timer.builder("opsuite.outbox.relay.lag")
                .description("From the business commit to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        if (!config.enabled()) {
            state.set(State.DISABLED);
        }
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (config.enabled()) {
            // The slot must exist before the first business write, or that write's event is missed.
            ensureReplicationSlot();
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public State state() {
        return state.get();
    }

    public String lastError() {
        return lastError.get();
    }

    /** Starts relaying (no-op when running or disabled). */
    public synchronized void start() {
        if (!config.enabled() || wanted) {
            return;
        }
        wanted = true;
        producer = new KafkaProducer<>(producerProperties());
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        executor.submit(this::runUntilStopped);
    }

    /** Stops relaying; what is committed meanwhile is relayed after the next {@link #start()}. */
    public synchronized void stop() {
        if (!wanted) {
            return;
        }
        wanted = false;
        closeEngine();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(10));
        state.set(State.STOPPED);
    }

    private void runUntilStopped() {
        while (wanted) {
            state.set(State.STARTING);
            engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                    .using(engineProperties())
                    .using(new DebeziumEngine.ConnectorCallback() {
                        @Override
                        public void taskStarted() {
                            state.set(State.RUNNING);
                            lastError.set(null);
                            LOG.infof("outbox relay running (slot %s)", config.slotName());
                        }
                    })
                    .using((success, message, error) -> {
                        if (!success && wanted) {
                            state.set(State.FAILED);
                            lastError.set(message);
                            LOG.errorf(error, "outbox relay stopped: %s", message);
                        }
                    })
                    .notifying(this::publish)
                    .build();
            engine.run(); // returns when the engine stops, by close() or by failure
            if (wanted) {
                sleep(config.restartBackoff());
            }
        }
    }

    private void publish(List<RecordChangeEvent<SourceRecord>> batch,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        List<ProducerRecord<String, byte[]>> outgoing = new ArrayList<>(batch.size());
        for (RecordChangeEvent<SourceRecord> change : batch) {
            SourceRecord record = change.record();
            if (record.value() != null) {
                outgoing.add(toKafka(record));
            }
        }
        sendAll(outgoing);
        Instant now = Instant.now();
        for (ProducerRecord<String, byte[]> sent : outgoing) {
            relayed.increment();
            occurredAt(sent).ifPresent(at -> lag.record(Duration.between(at, now)));
        }
        for (RecordChangeEvent<SourceRecord> change : batch) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
    }

    /** Sends until Kafka acknowledged every record; never skips one. */
    private void sendAll(List<ProducerRecord<String, byte[]>> records) throws InterruptedException {
        List<ProducerRecord<String, byte[]>> pending = records;
        while (!pending.isEmpty()) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
            for (ProducerRecord<String, byte[]> record : pending) {
                acks.add(producer.send(record));
            }
            List<ProducerRecord<String, byte[]>> failed = new ArrayList<>();
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get();
                } catch (ExecutionException e) {
                    LOG.warnf("sending to %s failed, will retry: %s", pending.get(i).topic(), e.getCause());
                    failed.add(pending.get(i));
                }
            }
            if (!failed.isEmpty()) {
                if (!wanted) {
                    throw new InterruptedException("relay stopping with unsent events; they are re-read on start");
                }
                sleep(config.restartBackoff());
            }
            pending = failed;
        }
    }

    private static ProducerRecord<String, byte[]> toKafka(SourceRecord record) {
        if (!(record.value() instanceof String payload)) {
            throw new IllegalStateException("outbox payload must arrive as JSON text, got " + record.value().getClass());
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            // EventRouter's "id" duplicates ce_id; Debezium's context headers are its own business.
            if (header.value() != null && !"id".equals(header.key()) && !header.key().startsWith("__debezium")) {
                headers.add(header.key(), header.value().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        headers.add(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE.getBytes(StandardCharsets.UTF_8));
        headers.add(EventHeaders.CONTENT_TYPE, EventHeaders.JSON.getBytes(StandardCharsets.UTF_8));
        String key = record.key() == null ? null : record.key().toString();
        return new ProducerRecord<>(record.topic(), null, key, payload.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static java.util.Optional<Instant> occurredAt(ProducerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(EventHeaders.TIME);
        if (header == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Instant.parse(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private Properties engineProperties() {
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

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    private void ensureReplicationSlot() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement exists = c.prepareStatement("select 1 from pg_replication_slots where slot_name = ?")) {
            exists.setString(1, config.slotName());
            if (exists.executeQuery().next()) {
                return;
            }
            try (PreparedStatement create = c.prepareStatement("select pg_create_logical_replication_slot(?, 'pgoutput')")) {
                create.setString(1, config.slotName());
                create.execute();
                LOG.infof("created replication slot %s", config.slotName());
            } catch (SQLException e) {
                if (!"42710".equals(e.getSQLState())) { // another replica created it first
                    throw e;
                }
            }
        }
    }

    private void closeEngine() {
        DebeziumEngine<?> current = engine;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.warn("closing the Debezium engine failed", e);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
