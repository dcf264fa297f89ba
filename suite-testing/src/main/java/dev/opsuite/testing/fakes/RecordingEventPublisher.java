package dev.opsuite.testing.fakes;

import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.DomainEvent;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link EventPublisher} of the use cases' fast tests: keeps every domain event a use case hands over, in order,
 * instead of writing it to the outbox.
 */
public final class RecordingEventPublisher implements EventPublisher {

    private final List<DomainEvent> published = new ArrayList<>();

    @Override
    public Uni<Void> publish(List<? extends DomainEvent> events) {
        published.addAll(events);
        return Uni.createFrom().voidItem();
    }

    /** Everything published so far, in order. */
    public List<DomainEvent> published() {
        return List.copyOf(published);
    }

    /** The published events of one type, in order. */
    public <E extends DomainEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets what was published (after a test's setting the scene). */
    public void clear() {
        published.clear();
    }
}
