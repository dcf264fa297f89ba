package dev.opsuite.fleet.drivers.infrastructure.outbox;

import dev.opsuite.fleet.drivers.domain.DriverStatusChanged;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A driver's status is not announced on Kafka: what other contexts hear of is the readiness of the units it is in. */
@ApplicationScoped
class DriverEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof DriverStatusChanged;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        return List.of();
    }
}
