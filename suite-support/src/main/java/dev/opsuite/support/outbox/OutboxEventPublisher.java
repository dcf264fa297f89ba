package dev.opsuite.support.outbox;

import dev.opsuite.events.EventContract;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.DomainEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The adapter of {@link EventPublisher}: each domain event becomes the shared-events contract(s) that
 * announce it, appended to the outbox in the caller's transaction. A service extends this once, in its
 * infrastructure, with the mapping of its own domain events ({@link #contracts}).
 */
public abstract class OutboxEventPublisher implements EventPublisher {

    /** One record to append: its contract, the aggregate it is keyed by, its tenant and its payload. */
    public record Outgoing<T>(EventContract<T> contract, Object aggregateId, String tenantId, T payload) {

        public Uni<java.util.UUID> appendTo(Outbox outbox) {
            return outbox.append(contract, aggregateId, tenantId, payload);
        }
    }

    private final Outbox outbox;

    protected OutboxEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** What announces {@code event} on Kafka: usually one contract, none for an event only the domain cares about. */
    protected abstract List<Outgoing<?>> contracts(DomainEvent event);

    @Override
    public Uni<Void> publish(List<? extends DomainEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DomainEvent event : events) {
            for (Outgoing<?> outgoing : contracts(event)) {
                chain = chain.chain(() -> outgoing.appendTo(outbox)).replaceWithVoid();
            }
        }
        return chain;
    }

    protected static <T> List<Outgoing<?>> one(EventContract<T> contract, Object aggregateId, String tenantId, T payload) {
        return List.of(new Outgoing<>(contract, aggregateId, tenantId, payload));
    }
}
