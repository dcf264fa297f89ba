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
            var e = opened.envelope();
            ServiceRequest.Need n = opened.need();
            ServiceRequest.Arrangement a = opened.arrangement();
            var location = n.location() == null ? null : new dev.opsuite.events.ServiceRequestOpened.Location(
                    n.location().description(), n.location().point() == null ? null : n.location().point().latitude(),
                    n.location().point() == null ? null : n.location().point().longitude());
            return EventContracts.one(EventCatalog.SERVICE_REQUEST_OPENED, e.id(), e.tenantId(),
                    new dev.opsuite.events.ServiceRequestOpened(e.id(), opened.number(), n.vehicleId(),
                            opened.registrationNumber(), n.type().name(), n.priority().name(), opened.status().name(),
                            a.workshop().name(), a.providerId(), location, n.issue(), a.scheduledOn(), n.serviceRuleId(),
                            e.createdBy(), e.createdAt()));
        }
        if (event instanceof ServiceRequestStarted started) {
            return EventContracts.one(EventCatalog.SERVICE_REQUEST_STARTED, started.requestId(), started.tenantId(),
                    new dev.opsuite.events.ServiceRequestStarted(started.requestId(), started.number(), started.vehicleId(),
                            started.arrangement().workshop().name(), started.arrangement().providerId(),
                            started.started().by(), started.started().at()));
        }
        if (event instanceof ServiceRequestCompleted completed) {
            ServiceRequest.Need n = completed.need();
            ServiceRequest.Arrangement a = completed.arrangement();
            ServiceRequest.Outcome o = completed.outcome();
            ServiceRequest.Completion c = o.completion();
            return EventContracts.one(EventCatalog.SERVICE_REQUEST_COMPLETED, completed.requestId(), completed.tenantId(),
                    new dev.opsuite.events.ServiceRequestCompleted(completed.requestId(), completed.number(), n.vehicleId(),
                            n.type().name(), a.workshop().name(), a.providerId(), c.workDone(), breakdown(c.cost()),
                            c.invoiceReference(), o.expenseId(), c.odometerKm(), o.by(), o.at()));
        }
        ServiceRequestCancelled cancelled = (ServiceRequestCancelled) event;
        ServiceRequest.Cancellation k = cancelled.cancellation();
        return EventContracts.one(EventCatalog.SERVICE_REQUEST_CANCELLED, cancelled.requestId(), cancelled.tenantId(),
                new dev.opsuite.events.ServiceRequestCancelled(cancelled.requestId(), cancelled.number(),
                        cancelled.vehicleId(), cancelled.previousStatus().name(), k.reason(), k.by(), k.at()));
    }

    private static VatBreakdown breakdown(Cost c) {
        return c == null ? null : new VatBreakdown(c.currency(), c.vatMode().name(), c.net(), c.vatRate(), c.vat(), c.gross());
    }
}
