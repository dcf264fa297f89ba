package dev.opsuite.support.outbox;

import dev.opsuite.events.EventContract;
import dev.opsuite.support.domain.DomainEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * How one capability's domain events are announced on Kafka: each capability's infrastructure has one
 * bean of this type, mapping its own events to their shared-events contracts. {@link OutboxEventPublisher}
 * asks every such bean about every event.
 */
public interface EventContracts {

    /** One record to append: its contract, the aggregate it is keyed by, its tenant and its payload. */
    record Outgoing<T>(EventContract<T> contract, Object aggregateId, String tenantId, T payload) {

        Uni<UUID> appendTo(Outbox outbox) {
            return outbox.append(contract, aggregateId, tenantId, payload);
        }
    }

    /**
     * What announces {@code event}: usually one contract; an empty list when the event is not this
     * capability's (or is one only its domain cares about, which {@link #handles} then claims).
     */
    List<Outgoing<?>> contracts(DomainEvent event);

    /** Whether this capability owns {@code event}, also when it announces nothing on Kafka. */
    boolean handles(DomainEvent event);

    static <T> List<Outgoing<?>> one(EventContract<T> contract, Object aggregateId, String tenantId, T payload) {
        return List.of(new Outgoing<>(contract, aggregateId, tenantId, payload));
    }
}
