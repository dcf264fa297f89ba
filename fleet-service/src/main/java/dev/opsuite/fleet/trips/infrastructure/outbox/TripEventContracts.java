package dev.opsuite.fleet.trips.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.fleet.trips.domain.TripTicketCancelled;
import dev.opsuite.fleet.trips.domain.TripTicketClosed;
import dev.opsuite.fleet.trips.domain.TripTicketIssued;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How trip tickets go out: issued, closed and cancelled on fleet.trip-ticket, keyed by the ticket. */
@ApplicationScoped
class TripEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof TripTicketIssued || event instanceof TripTicketClosed || event instanceof TripTicketCancelled;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof TripTicketIssued issued) {
            TripTicket t = issued.ticket();
            return EventContracts.one(EventCatalog.TRIP_TICKET_ISSUED, t.id(), t.tenantId(), new dev.opsuite.events.TripTicketIssued(
                    t.id(), t.number(), t.vehicleId(), issued.registrationNumber(), t.driverId(), issued.employeeNumber(),
                    t.trailerId(), t.transportUnitId(), t.plannedFrom(), t.plannedTo(), t.origin(), t.destination(), t.via(),
                    t.purpose(), t.orderReference(), t.odometerOutKm(), t.createdBy(), t.createdAt()));
        }
        if (event instanceof TripTicketClosed closed) {
            TripTicket t = closed.ticket();
            return EventContracts.one(EventCatalog.TRIP_TICKET_CLOSED, t.id(), t.tenantId(), new dev.opsuite.events.TripTicketClosed(
                    t.id(), t.number(), t.vehicleId(), t.driverId(), t.trailerId(), t.orderReference(), t.departedAt(),
                    t.returnedAt(), t.odometerOutKm(), t.odometerInKm(), t.distanceKm(), t.closedBy(), t.closedAt()));
        }
        TripTicket t = ((TripTicketCancelled) event).ticket();
        return EventContracts.one(EventCatalog.TRIP_TICKET_CANCELLED, t.id(), t.tenantId(),
                new dev.opsuite.events.TripTicketCancelled(t.id(), t.number(), t.vehicleId(), t.driverId(), t.trailerId(),
                        t.cancelReason(), t.cancelledBy(), t.cancelledAt()));
    }
}
