package dev.opsuite.dispatch.units.infrastructure.messaging;

import dev.opsuite.dispatch.units.application.port.in.RecordFleetChangesUseCase;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.TransportUnitReadinessChanged;
import dev.opsuite.events.TripTicketIssued;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the copies of fleet's transport units and trip tickets current, once per event. */
@ApplicationScoped
class FleetEventsConsumer {

    static final String UNITS = "dispatch-service.unit-projection";
    static final String TICKETS = "dispatch-service.trip-ticket-projection";

    private final Inbox inbox;
    private final RecordFleetChangesUseCase record;

    FleetEventsConsumer(Inbox inbox, RecordFleetChangesUseCase record) {
        this.inbox = inbox;
        this.record = record;
    }

    @Incoming("transport-units")
    Uni<Void> units(ConsumerRecord<String, String> message) {
        return inbox.deliver(UNITS, message, EventCatalog.TRANSPORT_UNIT_READINESS_CHANGED,
                (event, changed) -> record.unitChanged(projected(event, changed)));
    }

    @Incoming("trip-tickets")
    Uni<Void> tickets(ConsumerRecord<String, String> message) {
        return inbox.deliver(TICKETS, message, EventCatalog.TRIP_TICKET_ISSUED,
                        (event, issued) -> record.tripTicketIssued(projected(event, issued)))
                .chain(() -> inbox.deliver(TICKETS, message, EventCatalog.TRIP_TICKET_CLOSED,
                        (event, closed) -> record.tripTicketEnded(event.tenantId(), named(event, closed.tripTicketId()),
                                TripTicketStatus.CLOSED)))
                .chain(() -> inbox.deliver(TICKETS, message, EventCatalog.TRIP_TICKET_CANCELLED,
                        (event, cancelled) -> record.tripTicketEnded(event.tenantId(), named(event, cancelled.tripTicketId()),
                                TripTicketStatus.CANCELLED)));
    }

    static TransportUnit projected(IncomingEvent event, TransportUnitReadinessChanged u) {
        if (u.transportUnitId() == null || u.status() == null || u.occurredAt() == null) {
            throw poison(event);
        }
        return new TransportUnit(event.tenantId(), u.transportUnitId(), u.status(), u.driverId(), u.vehicleId(),
                u.trailerId(), u.readyForOrder(), u.reasons(), u.unitVersion(), u.occurredAt());
    }

    static TripTicket projected(IncomingEvent event, TripTicketIssued t) {
        if (t.tripTicketId() == null || t.number() == null || t.vehicleId() == null || t.driverId() == null
                || t.plannedFrom() == null || t.plannedTo() == null) {
            throw poison(event);
        }
        return new TripTicket(event.tenantId(), t.tripTicketId(), t.number(), new TripTicket.Crew(t.vehicleId(),
                t.registrationNumber(), t.driverId(), t.driverNumber(), t.trailerId(), t.transportUnitId()),
                t.plannedFrom(), t.plannedTo(), t.orderReference(), TripTicketStatus.OPEN);
    }

    private static UUID named(IncomingEvent event, UUID tripTicketId) {
        if (tripTicketId == null) {
            throw poison(event);
        }
        return tripTicketId;
    }

    // No retry can fix a payload that breaks the contract: straight to the dead-letter topic.
    private static PoisonEventException poison(IncomingEvent event) {
        return new PoisonEventException(event.type() + " event " + event.id() + " lacks a field v1 requires", null);
    }
}
