package dev.opsuite.support.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.opsuite.events.EventContract;
import dev.opsuite.support.json.InputLimits;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The idempotent consumer. Applies an event at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the consumer's change, so a redelivery finds
 * it there and changes nothing.
 *
 * <p>Nothing is lost to a fault. A transient failure is retried with back-off and without limit; the
 * channel hands a consumer one record at a time, so later records wait behind the failing one (per-key
 * order holds) and the connector pauses fetching until it passes ({@link ConsumerPauses} shows it).
 * Only a poison message or a business rejection fails the delivery, at once, so that the channel's
 * dead-letter strategy parks it with the reason; {@code ./suite dead-letters redrive} brings it back.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private static final String CLAIM = """
            insert into processed_event (consumer, event_id, event_type, tenant_id)
            values (?1, ?2, ?3, ?4) on conflict do nothing""";

    private final ObjectReader json;
    private final Vertx vertx;
    private final InboxConfig config;
    private final ConsumerPauses pauses;
    private final MeterRegistry meters;
    private volatile boolean stopping;

    public Inbox(ObjectMapper json, Vertx vertx, InboxConfig config, ConsumerPauses pauses, MeterRegistry meters) {
        // The REST layer's strict rules (StrictJson), but consumers ignore fields added by later minor versions of a
        // contract, read a primitive an older producer did not send as its default, and take sums beyond a request's.
        this.json = InputLimits.forEvents(json.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
                .reader());
        this.vertx = vertx;
        this.config = config;
        this.pauses = pauses;
        this.meters = meters;
    }

    /** A retry still waiting at shutdown is abandoned unacknowledged: the next instance gets the record again. */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Applies {@code change} to an event of {@code contract}'s type. Events of other types on the
     * same topic are not this consumer's business and are passed over.
     */
    public <T> Uni<Void> deliver(String consumer, ConsumerRecord<String, String> record, EventContract<T> contract,
            BiFunction<IncomingEvent, T, Uni<Void>> change) {
        pauses.register(consumer);
        IncomingEvent event;
        T payload;
        try {
            event = IncomingEvent.of(record);
            if (!event.type().equals(contract.type())) {
                return Uni.createFrom().voidItem();
            }
            payload = read(event, contract);
        } catch (PoisonEventException poison) {
            return Uni.createFrom().failure(deadLetter(consumer, record, Failures.POISON, poison));
        }
        return untilDone(consumer, event, () -> apply(consumer, event, payload, change), 0)
                .invoke(() -> pauses.passed(consumer, event))
                .onFailure(DeadLetteredException.class).invoke(() -> pauses.passed(consumer, event));
    }

    private <T> Uni<Void> apply(String consumer, IncomingEvent event, T payload,
            BiFunction<IncomingEvent, T, Uni<Void>> change) {
        return onSafeContext(() -> Panache.withTransaction(() -> claim(consumer, event)
                        .chain(first -> {
                            if (!first) {
                                LOG.debugf("%s already applied event %s", consumer, event.id());
                                return Uni.createFrom().item(false);
                            }
                            return change.apply(event, payload).replaceWith(true);
                        })))
                // After the commit, and only for a first delivery: a redelivery's age is not lag.
                .invoke(applied -> {
                    if (applied) {
                        lag(consumer).record(Duration.between(event.time(), Instant.now()));
                    }
                })
                .replaceWithVoid();
    }

    /** One attempt, then, on a transient failure, another after a growing wait, for as long as it takes. */
    private Uni<Void> untilDone(String consumer, IncomingEvent event, Supplier<Uni<Void>> attempt, int retries) {
        return Uni.createFrom().<Void>deferred(attempt::get).onFailure().recoverWithUni(failure -> {
            Failures kind = Failures.of(failure);
            if (kind.isFinal()) {
                return Uni.createFrom().failure(deadLetter(consumer, event, kind, failure));
            }
            if (stopping) {
                LOG.infof("%s stops while event %s is still failing; it stays unacknowledged for the next start",
                        consumer, event.id());
                return Uni.createFrom().nothing();
            }
            pauses.failed(consumer, event, failure);
            return Uni.createFrom().voidItem().onItem().delayIt().by(backoff(retries))
                    .chain(() -> untilDone(consumer, event, attempt, retries + 1));
        });
    }

    private Duration backoff(int retries) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long wait = retries >= 30 ? max : Math.min(max, initial << retries);
        // Jitter keeps the consumers of one database from retrying in step after it comes back.
        return Duration.ofMillis(wait / 2 + (long) (Math.random() * (wait / 2 + 1)));
    }

    private DeadLetteredException deadLetter(String consumer, IncomingEvent event, Failures kind, Throwable failure) {
        String reason = (kind == Failures.POISON ? "poison message: " : "rejected by " + consumer + ": ")
                + ConsumerPauses.describe(failure);
        LOG.errorf("%s dead-letters event %s (%s, tenant %s): %s", consumer, event.id(), event.type(), event.tenantId(), reason);
        count(consumer, kind);
        return new DeadLetteredException(reason, failure);
    }

    private DeadLetteredException deadLetter(String consumer, ConsumerRecord<String, String> record, Failures kind,
            Throwable failure) {
        String reason = "poison message: " + failure.getMessage()
                + (failure.getCause() == null ? "" : " (" + failure.getCause().getMessage() + ")");
        LOG.errorf("%s dead-letters the record at %s-%d@%d: %s", consumer, record.topic(), record.partition(),
                record.offset(), reason);
        count(consumer, kind);
        return new DeadLetteredException(reason, failure);
    }

    private void count(String consumer, Failures kind) {
        Counter.builder("opsuite.inbox.dead.lettered").description("Events a consumer sent to its dead-letter topic")
                .tag("consumer", consumer).tag("reason", kind.name().toLowerCase()).register(meters).increment();
    }

    /** From the producer's business change to this consumer's commit: the suite's event lag. */
    private Timer lag(String consumer) {
        return Timer.builder("opsuite.inbox.lag")
                .description("From the event's business change (ce_time) to its application by this consumer")
                .tag("consumer", consumer)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    private Uni<Boolean> claim(String consumer, IncomingEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.tenantId())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private <T> T read(IncomingEvent event, EventContract<T> contract) {
        try {
            return json.forType(contract.payloadType()).readValue(event.payload());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("unreadable " + event.type() + " payload of event " + event.id(), e);
        }
    }

    /**
     * Hibernate Reactive needs an isolated Vert.x context; a Kafka record does not arrive on one,
     * so every attempt runs on a fresh duplicated context flagged safe.
     */
    private <T> Uni<T> onSafeContext(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> {
                try {
                    work.get().subscribe().with(emitter::complete, emitter::fail);
                } catch (RuntimeException e) { // a change that throws instead of failing its Uni
                    emitter.fail(e);
                }
            });
        });
    }
}
