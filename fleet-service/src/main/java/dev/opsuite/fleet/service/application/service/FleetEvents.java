package dev.opsuite.fleet.service.application.service;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.ServiceRequestCancelled;
import dev.opsuite.events.ServiceRequestCompleted;
import dev.opsuite.events.ServiceRequestOpened;
import dev.opsuite.events.ServiceRequestStarted;
import dev.opsuite.events.VatBreakdown;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The events of service management and vehicle costs, through the outbox (in the caller's transaction). */
@ApplicationScoped
class FleetEvents {

    private final Outbox outbox;

    FleetEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<?> opened(ServiceRequest r, Vehicle vehicle) {
        var location = r.location() == null ? null : new ServiceRequestOpened.Location(r.location().description(),
                r.location().point() == null ? null : r.location().point().latitude(),
                r.location().point() == null ? null : r.location().point().longitude());
        return outbox.append(EventCatalog.SERVICE_REQUEST_OPENED, r.id(), r.tenantId(), new ServiceRequestOpened(r.id(),
                r.number(), r.vehicleId(), vehicle.registrationNumber(), r.type().name(), r.priority().name(),
                r.status().name(), r.workshop().name(), r.providerId(), location, r.issue(), r.scheduledOn(),
                r.serviceRuleId(), r.createdBy(), r.createdAt()));
    }

    Uni<?> started(ServiceRequest r) {
        return outbox.append(EventCatalog.SERVICE_REQUEST_STARTED, r.id(), r.tenantId(), new ServiceRequestStarted(r.id(),
                r.number(), r.vehicleId(), r.workshop().name(), r.providerId(), r.startedBy(), r.startedAt()));
    }

    Uni<?> completed(ServiceRequest r) {
        return outbox.append(EventCatalog.SERVICE_REQUEST_COMPLETED, r.id(), r.tenantId(), new ServiceRequestCompleted(r.id(),
                r.number(), r.vehicleId(), r.type().name(), r.workshop().name(), r.providerId(), r.workDone(),
                breakdown(r.cost()), r.invoiceReference(), r.expenseId(), r.odometerKm(), r.completedBy(), r.completedAt()));
    }

    Uni<?> cancelled(ServiceRequest r, ServiceRequestStatus previous) {
        return outbox.append(EventCatalog.SERVICE_REQUEST_CANCELLED, r.id(), r.tenantId(), new ServiceRequestCancelled(r.id(),
                r.number(), r.vehicleId(), previous.name(), r.cancelReason(), r.cancelledBy(), r.cancelledAt()));
    }

    private static VatBreakdown breakdown(Cost c) {
        return c == null ? null : new VatBreakdown(c.currency(), c.vatMode().name(), c.net(), c.vatRate(), c.vat(), c.gross());
    }
}
