package dev.opsuite.fleet.service.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.VatBreakdown;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestCancelled;
import dev.opsuite.fleet.service.domain.ServiceRequestCompleted;
import dev.opsuite.fleet.service.domain.ServiceRequestOpened;
import dev.opsuite.fleet.service.domain.ServiceRequestStarted;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How service requests go out: opened, started, completed and cancelled on fleet.service-request, keyed by the request. */
@ApplicationScoped
class ServiceEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof ServiceRequestOpened || event instanceof ServiceRequestStarted
                || event instanceof ServiceRequestCompleted || event instanceof ServiceRequestCancelled;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof ServiceRequestOpened opened) {
            ServiceRequest r = opened.request();
            var location = r.location() == null ? null : new dev.opsuite.events.ServiceRequestOpened.Location(
                    r.location().description(), r.location().point() == null ? null : r.location().point().latitude(),
                    r.location().point() == null ? null : r.location().point().longitude());
            return EventContracts.one(EventCatalog.SERVICE_REQUEST_OPENED, r.id(), r.tenantId(),
                    new dev.opsuite.events.ServiceRequestOpened(r.id(), r.number(), r.vehicleId(), opened.registrationNumber(),
                            r.type().name(), r.priority().name(), r.status().name(), r.workshop().name(), r.providerId(),
                            location, r.issue(), r.scheduledOn(), r.serviceRuleId(), r.createdBy(), r.createdAt()));
        }
        if (event instanceof ServiceRequestStarted started) {
            ServiceRequest r = started.request();
            return EventContracts.one(EventCatalog.SERVICE_REQUEST_STARTED, r.id(), r.tenantId(),
                    new dev.opsuite.events.ServiceRequestStarted(r.id(), r.number(), r.vehicleId(), r.workshop().name(),
                            r.providerId(), r.startedBy(), r.startedAt()));
        }
        if (event instanceof ServiceRequestCompleted completed) {
            ServiceRequest r = completed.request();
            return EventContracts.one(EventCatalog.SERVICE_REQUEST_COMPLETED, r.id(), r.tenantId(),
                    new dev.opsuite.events.ServiceRequestCompleted(r.id(), r.number(), r.vehicleId(), r.type().name(),
                            r.workshop().name(), r.providerId(), r.workDone(), breakdown(r.cost()), r.invoiceReference(),
                            r.expenseId(), r.odometerKm(), r.completedBy(), r.completedAt()));
        }
        ServiceRequestCancelled cancelled = (ServiceRequestCancelled) event;
        ServiceRequest r = cancelled.request();
        return EventContracts.one(EventCatalog.SERVICE_REQUEST_CANCELLED, r.id(), r.tenantId(),
                new dev.opsuite.events.ServiceRequestCancelled(r.id(), r.number(), r.vehicleId(),
                        cancelled.previousStatus().name(), r.cancelReason(), r.cancelledBy(), r.cancelledAt()));
    }

    private static VatBreakdown breakdown(Cost c) {
        return c == null ? null : new VatBreakdown(c.currency(), c.vatMode().name(), c.net(), c.vatRate(), c.vat(), c.gross());
    }
}
