package dev.opsuite.support.relay;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;

/**
 * The relay in the {@code pipeline} health group (/q/health/group/pipeline), not in readiness: while
 * Kafka or the relay is away the outbox absorbs the writes, so the API stays in service. The
 * {@code opsuite_outbox_relay_running} metric carries the same state to the alerts.
 */
@HealthGroup("pipeline")
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxRelayHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("outbox-relay")
                .status(relay.relaying())
                .withData("state", relay.state().name());
        if (relay.lastError() != null) {
            response.withData("lastError", relay.lastError());
        }
        return response.build();
    }
}
