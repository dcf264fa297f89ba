package dev.opsuite.support.outbox;

import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.DomainEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * The adapter of {@link EventPublisher}: each domain event becomes the shared-events contract(s) that
 * announce it ({@link EventContracts}, one bean per capability), appended to the outbox in the caller's
 * transaction. An event no capability owns is a programming error, refused before anything is written.
 */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

    private final Outbox outbox;
    private final Instance<EventContracts> capabilities;

    public OutboxEventPublisher(Outbox outbox, Instance<EventContracts> capabilities) {
        this.outbox = outbox;
        this.capabilities = capabilities;
    }

    @Override
    public Uni<Void> publish(List<? extends DomainEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DomainEvent event : events) {
            boolean owned = false;
            for (EventContracts capability : capabilities) {
                if (capability.handles(event)) {
                    owned = true;
                    for (EventContracts.Outgoing<?> outgoing : capability.contracts(event)) {
                        chain = chain.chain(() -> outgoing.appendTo(outbox)).replaceWithVoid();
                    }
                }
            }
            if (!owned) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "no capability announces " + event.getClass().getName() + "; add it to an EventContracts bean"));
            }
        }
        return chain;
    }
}
