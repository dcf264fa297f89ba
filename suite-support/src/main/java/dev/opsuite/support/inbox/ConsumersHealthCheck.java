package dev.opsuite.support.inbox;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The consumers in the {@code pipeline} health group: down while one has been held up by a failing
 * event for longer than {@code opsuite.inbox.pause-alarm}. Never part of readiness or liveness: a
 * restart cures neither a database outage nor a bug, and the event would only wait longer.
 */
@HealthGroup("pipeline")
@ApplicationScoped
public class ConsumersHealthCheck implements HealthCheck {

    private final ConsumerPauses pauses;
    private final InboxConfig config;

    public ConsumersHealthCheck(ConsumerPauses pauses, InboxConfig config) {
        this.pauses = pauses;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("event-consumers").up();
        pauses.current().forEach((consumer, pause) -> {
            Duration held = pauses.pausedFor(consumer);
            if (held.compareTo(config.pauseAlarm()) >= 0) {
                response.down();
            }
            response.withData(consumer, "paused " + held.toSeconds() + " s on " + pause.eventType() + " " + pause.eventId()
                    + " after " + pause.attempts() + " attempts: " + pause.lastFailure());
        });
        return response.build();
    }
}
