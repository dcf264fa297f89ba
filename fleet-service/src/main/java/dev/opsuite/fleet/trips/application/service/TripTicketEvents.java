package dev.opsuite.fleet.trips.application.service;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.TripTicketCancelled;
import dev.opsuite.events.TripTicketClosed;
import dev.opsuite.events.TripTicketIssued;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The events of trip tickets (topic fleet.trip-ticket, key the ticket id), through the outbox in the caller's transaction. */
@ApplicationScoped
class TripTicketEvents {

    private final Outbox outbox;

    TripTicketEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<?> issued(TripTicket t, Vehicle vehicle, Driver driver) {
        return outbox.append(EventCatalog.TRIP_TICKET_ISSUED, t.id(), t.tenantId(), new TripTicketIssued(t.id(), t.number(),
                t.vehicleId(), vehicle.registrationNumber(), t.driverId(), driver.employeeNumber(), t.trailerId(),
                t.transportUnitId(), t.plannedFrom(), t.plannedTo(), t.origin(), t.destination(), t.via(), t.purpose(),
                t.orderReference(), t.odometerOutKm(), t.createdBy(), t.createdAt()));
    }

    Uni<?> closed(TripTicket t) {
        return outbox.append(EventCatalog.TRIP_TICKET_CLOSED, t.id(), t.tenantId(), new TripTicketClosed(t.id(), t.number(),
                t.vehicleId(), t.driverId(), t.trailerId(), t.orderReference(), t.departedAt(), t.returnedAt(),
                t.odometerOutKm(), t.odometerInKm(), t.distanceKm(), t.closedBy(), t.closedAt()));
    }

    Uni<?> cancelled(TripTicket t) {
        return outbox.append(EventCatalog.TRIP_TICKET_CANCELLED, t.id(), t.tenantId(), new TripTicketCancelled(t.id(),
                t.number(), t.vehicleId(), t.driverId(), t.trailerId(), t.cancelReason(), t.cancelledBy(), t.cancelledAt()));
    }
}
