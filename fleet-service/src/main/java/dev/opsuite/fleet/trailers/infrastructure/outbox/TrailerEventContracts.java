package dev.opsuite.fleet.trailers.infrastructure.outbox;

import dev.opsuite.fleet.trailers.domain.TrailerStatusChanged;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A trailer's status is not announced on Kafka: what other contexts hear of is the readiness of the units it is in. */
@ApplicationScoped
class TrailerEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof TrailerStatusChanged;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        return List.of();
    }
}
