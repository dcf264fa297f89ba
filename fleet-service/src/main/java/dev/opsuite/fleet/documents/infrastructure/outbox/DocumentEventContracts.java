package dev.opsuite.fleet.documents.infrastructure.outbox;

import dev.opsuite.fleet.documents.domain.DocumentChanged;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Documents announce nothing on Kafka themselves: what other contexts hear of is the readiness of the units they affect. */
@ApplicationScoped
class DocumentEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof DocumentChanged;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        return List.of();
    }
}
