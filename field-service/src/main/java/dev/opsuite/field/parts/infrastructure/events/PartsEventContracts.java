package dev.opsuite.field.parts.infrastructure.events;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.PartReservationCancelled;
import dev.opsuite.events.PartReservationRequested;
import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartsEvents;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How the parts capability tells inventory: part-reservation-requested, part-reservation-cancelled and parts-used on
 * field.part-reservation, keyed by the reservation (parts used without one: by the usage), so one reservation's events
 * stay in order.
 */
@ApplicationScoped
class PartsEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof PartsEvents.ReservationRequested || event instanceof PartsEvents.ReservationCancelled
                || event instanceof PartsEvents.PartsUsed;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof PartsEvents.ReservationRequested requested) {
            PartReservation r = requested.reservation();
            return EventContracts.one(EventCatalog.PART_RESERVATION_REQUESTED, r.id(), r.tenantId(),
                    new PartReservationRequested(r.id(), r.jobId(), r.technicianId(), r.productId(), r.quantity(),
                            r.locationId(), r.envelope().createdBy(), r.envelope().createdAt()));
        }
        if (event instanceof PartsEvents.ReservationCancelled cancelled) {
            PartReservation r = cancelled.reservation();
            return EventContracts.one(EventCatalog.PART_RESERVATION_CANCELLED, r.id(), r.tenantId(),
                    new PartReservationCancelled(r.id(), r.jobId(), r.productId(), r.quantity(), r.locationId(),
                            r.cancellation().reason(), r.cancellation().by(), r.cancellation().at()));
        }
        if (event instanceof PartsEvents.PartsUsed used) {
            return EventContracts.one(EventCatalog.PARTS_USED,
                    used.reservationId() != null ? used.reservationId() : used.usageId(), used.tenantId(),
                    new dev.opsuite.events.PartsUsed(used.usageId(), used.jobId(), used.reservationId(), used.productId(),
                            used.quantity(), used.locationId(), used.usedBy(), used.usedAt()));
        }
        return List.of();
    }
}
