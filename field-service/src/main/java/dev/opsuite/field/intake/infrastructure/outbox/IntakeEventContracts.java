package dev.opsuite.field.intake.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.ServiceCallOpened;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How intake goes out: service-call-opened on field.service-call, keyed by the call. */
@ApplicationScoped
class IntakeEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof ServiceCall.Opened;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        ServiceCall c = ((ServiceCall.Opened) event).call();
        return EventContracts.one(EventCatalog.SERVICE_CALL_OPENED, c.id(), c.tenantId(), new ServiceCallOpened(c.id(),
                c.number(), c.customerId(), c.locationId(), c.problem(), c.urgency().name(),
                c.preferredWindow() == null ? null : c.preferredWindow().from(),
                c.preferredWindow() == null ? null : c.preferredWindow().to(), c.callbackOf(), c.envelope().createdBy(),
                c.envelope().createdAt()));
    }
}
