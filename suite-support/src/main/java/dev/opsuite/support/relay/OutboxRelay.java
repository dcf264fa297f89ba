package dev.opsuite.support.relay;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.source.SourceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Relays committed outbox rows to Kafka: the Debezium embedded engine reads the outbox table from
 * PostgreSQL's logical replication (pgoutput), the outbox EventRouter turns each row into a record
 * for the row's topic keyed by aggregate id, and {@link RelayPublisher} sends it. This class keeps the
 * engine running: whenever it stops (database or broker away, a send failed) it is started again
 * from the last committed offset, with a fresh producer. Nothing here decides readiness: while Kafka
 * is away the outbox absorbs the writes and the API keeps serving.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Relay states, as the pipeline health group reports them. */
    public enum State { DISABLED, STOPPED, STARTING, RUNNING, RESTARTING }

    private final RelayConfig config;
    private final ReplicationSlot slot;
    private final String applicationName;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Map<String, Object> kafka;
    private final Counter relayed;
    private final Counter parked;
    private final Timer lag;

    private final AtomicReference<State> state = new AtomicReference<>(State.STOPPED);
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean wanted;
    private volatile int consecutiveFailures;
    private volatile DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
    private ExecutorService executor;

    public OutboxRelay(RelayConfig config, ReplicationSlot slot,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            MeterRegistry meters) {
        this.config = config;
        this.slot = slot;
        this.applicationName = applicationName;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.kafka = kafka;
        this.relayed = meters.counter("opsuite.outbox.relayed");
        this.parked = Counter.builder("opsuite.outbox.parked")
                .description("Outbox events that can never be sent, parked in outbox_parked_event").register(meters);
        this.lag = Timer.builder("opsuite.outbox.relay.lag")
                .description("From the business commit to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        Gauge.builder("opsuite.outbox.relay.running", this, r -> r.relaying() ? 1 : 0)
                .description("1 while the outbox is being relayed (by this service or, when disabled here, by Kafka Connect)")
                .register(meters);
        if (!config.enabled()) {
            state.set(State.DISABLED);
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
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

    boolean relaying() {
        State now = state.get();
        return now == State.RUNNING || now == State.DISABLED;
    }

    /** Starts relaying (no-op when running or disabled). */
    public synchronized void start() {
        if (!config.enabled() || wanted) {
            return;
        }
        wanted = true;
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
        state.set(State.STOPPED);
    }

    private void runUntilStopped() {
        while (wanted) {
            state.set(State.STARTING);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties())) {
                runEngine(producer);
            } catch (RuntimeException e) { // e.g. the producer's configuration; the loop must not die
                failed("relay could not start: " + e.getMessage(), e);
            }
            if (wanted) {
                state.set(State.RESTARTING);
                sleep(restartBackoff());
            }
        }
    }

    /** Doubles while the relay keeps failing (a long outage), from the configured back-off up to a minute. */
    private Duration restartBackoff() {
        int failures = Math.min(consecutiveFailures, 5);
        Duration wait = config.restartBackoff().multipliedBy(1L << Math.max(0, failures - 1));
        return wait.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : wait;
    }

    private void runEngine(KafkaProducer<String, byte[]> producer) {
        Properties settings = DebeziumSettings.of(applicationName, config, jdbcUrl, user, password);
        RelayPublisher publisher = new RelayPublisher(producer, new ParkedEvents(jdbcUrl, user, password), relayed, parked, lag);
        engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                .using(settings)
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        state.set(State.RUNNING);
                        lastError.set(null);
                        if (consecutiveFailures > 0) {
                            LOG.infof("outbox relay running again (slot %s) after %d failed starts", slot.name(),
                                    consecutiveFailures);
                        } else {
                            LOG.infof("outbox relay running (slot %s)", slot.name());
                        }
                        consecutiveFailures = 0;
                    }
                })
                .using((success, message, error) -> {
                    if (!success && wanted) {
                        failed(message, error);
                    }
                })
                .notifying(publisher)
                .build();
        engine.run(); // returns when the engine stops, by close() or by failure
        engine = null;
    }

    /** The first failure of a series is an ERROR with its stack; while it goes on, one line each time. */
    private void failed(String message, Throwable error) {
        lastError.set(message);
        consecutiveFailures++;
        if (consecutiveFailures == 1) {
            LOG.errorf(error, "outbox relay stopped; restarting from the last committed offset: %s", message);
        } else {
            LOG.errorf("outbox relay still failing (%d starts), next attempt in %d s: %s", consecutiveFailures,
                    restartBackoff().toSeconds(), message);
        }
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        // Kafka's connection and security settings (kafka.*) are shared with the consumers.
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key) && value != null) {
                p.put(key, value.toString());
            }
        });
        p.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        // A broker that does not answer fails the batch within seconds; the relay then restarts.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    private void closeEngine() {
        DebeziumEngine<?> current = engine;
        if (current != null) {
            try {
                current.close();
            } catch (IOException | IllegalStateException e) { // the engine may have stopped on its own meanwhile
                LOG.debug("closing the Debezium engine", e);
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
