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
            var e = issued.envelope();
            TripTicket.Crew c = issued.crew();
            TripTicket.Plan p = issued.plan();
            return EventContracts.one(EventCatalog.TRIP_TICKET_ISSUED, e.id(), e.tenantId(), new dev.opsuite.events.TripTicketIssued(
                    e.id(), issued.number(), c.vehicleId(), issued.registrationNumber(), c.driverId(), issued.employeeNumber(),
                    c.trailerId(), c.transportUnitId(), p.plannedFrom(), p.plannedTo(), p.origin(), p.destination(), p.via(),
                    p.purpose(), p.orderReference(), issued.odometerOutKm(), e.createdBy(), e.createdAt()));
        }
        if (event instanceof TripTicketClosed closed) {
            TripTicket.Crew c = closed.crew();
            TripTicket.Closing k = closed.closing();
            return EventContracts.one(EventCatalog.TRIP_TICKET_CLOSED, closed.ticketId(), closed.tenantId(),
                    new dev.opsuite.events.TripTicketClosed(closed.ticketId(), closed.number(), c.vehicleId(), c.driverId(),
                            c.trailerId(), closed.orderReference(), k.departedAt(), k.returnedAt(), closed.odometerOutKm(),
                            k.odometerInKm(), k.distanceKm(), k.by(), k.at()));
        }
        TripTicketCancelled cancelled = (TripTicketCancelled) event;
        TripTicket.Crew c = cancelled.crew();
        TripTicket.Cancellation k = cancelled.cancellation();
        return EventContracts.one(EventCatalog.TRIP_TICKET_CANCELLED, cancelled.ticketId(), cancelled.tenantId(),
                new dev.opsuite.events.TripTicketCancelled(cancelled.ticketId(), cancelled.number(), c.vehicleId(),
                        c.driverId(), c.trailerId(), k.reason(), k.by(), k.at()));
    }
}
