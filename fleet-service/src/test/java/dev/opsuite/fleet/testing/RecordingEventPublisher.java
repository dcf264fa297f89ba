package dev.opsuite.fleet.testing;

import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.DomainEvent;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;

/** The use cases' {@link EventPublisher} in fast tests: keeps what was published, in order. */
public final class RecordingEventPublisher implements EventPublisher {

    private final List<DomainEvent> published = new ArrayList<>();

    @Override
    public Uni<Void> publish(List<? extends DomainEvent> events) {
        published.addAll(events);
        return Uni.createFrom().voidItem();
    }

    public List<DomainEvent> published() {
        return List.copyOf(published);
    }

    public <E extends DomainEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
