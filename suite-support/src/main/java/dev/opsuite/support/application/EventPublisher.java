package dev.opsuite.support.application;

import dev.opsuite.support.domain.DomainEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The one out-port through which a use case announces what its aggregates decided. Called inside the
 * use case's transaction: the adapter ({@code OutboxEventPublisher}) maps each domain event to its
 * shared-events contract and appends it to the transactional outbox, so the events commit or roll back
 * with the change. In a use case's fast test, a recording fake stands in.
 */
public interface EventPublisher {

    Uni<Void> publish(List<? extends DomainEvent> events);

    default Uni<Void> publish(DomainEvent... events) {
        return publish(List.of(events));
    }
}
