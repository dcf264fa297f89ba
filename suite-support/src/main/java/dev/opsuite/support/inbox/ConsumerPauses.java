package dev.opsuite.support.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Which consumers are held up by an event that keeps failing, and since when. A consumer applies its
 * events in order, so while one is retried every later one waits behind it: the consumer is paused.
 * Shown as {@code opsuite_inbox_paused_seconds} (0 while flowing), the retries as
 * {@code opsuite_inbox_retries_total}, each finished pause in {@code opsuite_inbox_pause_seconds}, and
 * in the pipeline health group.
 */
@ApplicationScoped
public class ConsumerPauses {

    private static final Logger LOG = Logger.getLogger(ConsumerPauses.class);

    /** One stuck event of a consumer. */
    public record Pause(String eventId, String eventType, Instant since, int attempts, String lastFailure,
            Instant lastAlarm) {
    }

    private final Map<String, Pause> paused = new ConcurrentHashMap<>();
    private final Map<String, Boolean> registered = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final InboxConfig config;
    private final Clock clock;

    public ConsumerPauses(MeterRegistry meters, InboxConfig config, Clock clock) {
        this.meters = meters;
        this.config = config;
        this.clock = clock;
    }

    /** An attempt failed transiently: the consumer is (still) paused on this event. */
    void failed(String consumer, IncomingEvent event, Throwable failure) {
        register(consumer);
        Instant now = clock.instant();
        String cause = describe(failure);
        Pause pause = paused.compute(consumer, (c, current) -> current == null || !current.eventId().equals(event.id().toString())
                ? new Pause(event.id().toString(), event.type(), now, 1, cause, null)
                : new Pause(current.eventId(), current.eventType(), current.since(), current.attempts() + 1, cause,
                        current.lastAlarm()));
        Counter.builder("opsuite.inbox.retries").description("Transient failures retried by a consumer")
                .tag("consumer", consumer).register(meters).increment();
        Duration held = Duration.between(pause.since(), now);
        if (pause.attempts() == 1) {
            LOG.warnf("%s pauses on event %s (%s), will retry until it passes: %s", consumer, event.id(), event.type(), cause);
        } else if (held.compareTo(config.pauseAlarm()) >= 0 && (pause.lastAlarm() == null
                || Duration.between(pause.lastAlarm(), now).compareTo(config.pauseAlarm()) >= 0)) {
            paused.computeIfPresent(consumer, (c, p) -> new Pause(p.eventId(), p.eventType(), p.since(), p.attempts(),
                    p.lastFailure(), now));
            LOG.errorf("%s paused for %d s on event %s (%s) after %d attempts; later events wait behind it. Last failure: %s",
                    consumer, held.toSeconds(), event.id(), event.type(), pause.attempts(), cause);
        }
    }

    /** The event went through (applied, skipped or dead-lettered): the consumer flows again. */
    void passed(String consumer, IncomingEvent event) {
        Pause pause = paused.get(consumer);
        if (pause != null && pause.eventId().equals(event.id().toString()) && paused.remove(consumer, pause)) {
            Duration held = Duration.between(pause.since(), clock.instant());
            Timer.builder("opsuite.inbox.pause").description("How long a consumer was held up by one failing event")
                    .tag("consumer", consumer).register(meters).record(held);
            LOG.infof("%s resumes: event %s went through after %d attempts and %d ms", consumer, event.id(),
                    pause.attempts() + 1, held.toMillis());
        }
    }

    public Map<String, Pause> current() {
        return Map.copyOf(paused);
    }

    public Duration pausedFor(String consumer) {
        Pause pause = paused.get(consumer);
        return pause == null ? Duration.ZERO : Duration.between(pause.since(), clock.instant());
    }

    void register(String consumer) {
        registered.computeIfAbsent(consumer, c -> {
            Gauge.builder("opsuite.inbox.paused", this, p -> p.pausedFor(c).toMillis() / 1000.0)
                    .description("How long the consumer has been held up by a failing event (0 while it flows)")
                    .baseUnit("seconds").tag("consumer", c).register(meters);
            return true;
        });
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == failure ? message : failure.getClass().getSimpleName() + " caused by " + message;
    }
}
