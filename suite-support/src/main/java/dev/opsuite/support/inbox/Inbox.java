package dev.opsuite.support.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.opsuite.events.EventContract;
import dev.opsuite.support.json.InputLimits;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The idempotent consumer. Applies an event at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the consumer's change, so a redelivery finds
 * it there and changes nothing. A failing change is retried with back-off; when the retries are
 * spent the returned Uni fails, the message is nacked and the channel's dead-letter strategy takes
 * it, and the consumer carries on with the next record.
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
    private final MeterRegistry meters;

    public Inbox(ObjectMapper json, Vertx vertx, InboxConfig config, MeterRegistry meters) {
        // The REST layer's strict rules (StrictJson), but consumers ignore fields added by later minor versions of a
        // contract, read a primitive an older producer did not send as its default, and take sums beyond a request's.
        this.json = InputLimits.forEvents(json.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
                .reader());
        this.vertx = vertx;
        this.config = config;
        this.meters = meters;
    }

    /**
     * Applies {@code change} to an event of {@code contract}'s type. Events of other types on the
     * same topic are not this consumer's business and are passed over.
     */
    public <T> Uni<Void> deliver(String consumer, ConsumerRecord<String, String> record, EventContract<T> contract,
            BiFunction<IncomingEvent, T, Uni<Void>> change) {
        return Uni.createFrom().deferred(() -> {
            IncomingEvent event = IncomingEvent.of(record);
            if (!event.type().equals(contract.type())) {
                return Uni.createFrom().voidItem();
            }
            return apply(consumer, event, read(event, contract), change);
        }).onFailure(PoisonEventException.class).invoke(poison -> LOG.warnf("%s parks a poison message: %s",
                consumer, poison.getMessage() + (poison.getCause() == null ? "" : " (" + poison.getCause().getMessage() + ")")));
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
                        lag(consumer).record(java.time.Duration.between(event.time(), java.time.Instant.now()));
                    }
                })
                .replaceWithVoid()
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .retry().withBackOff(config.initialBackoff(), config.maxBackoff()).atMost(config.retries())
                .onFailure().invoke(failure -> LOG.errorf(failure, "%s gives up on event %s (%s); dead-lettering it",
                        consumer, event.id(), event.type()));
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
            context.runOnContext(ignored -> work.get().subscribe().with(emitter::complete, emitter::fail));
        });
    }
}
