package dev.opsuite.billing.testing;

import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.DomainEvent;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;

/** Keeps every domain event a use case hands over, in order, instead of writing it to the outbox. */
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
}
