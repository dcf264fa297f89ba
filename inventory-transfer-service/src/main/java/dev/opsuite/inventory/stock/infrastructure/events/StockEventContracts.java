package dev.opsuite.inventory.stock.infrastructure.events;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.PartReservationConfirmed;
import dev.opsuite.events.PartReservationRejected;
import dev.opsuite.inventory.stock.domain.PartReservationAnswer;
import dev.opsuite.inventory.stock.domain.StockLevelChanged;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How stock's domain events are announced: a level that moved is a stock-level-changed on its topic; the answer to
 * field-service's part request is a part-reservation-confirmed or -rejected, keyed by field's reservation id.
 */
@ApplicationScoped
class StockEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof StockLevelChanged || event instanceof PartReservationAnswer;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof PartReservationAnswer.Confirmed held) {
            var r = held.reservation();
            return EventContracts.one(EventCatalog.PART_RESERVATION_CONFIRMED, held.requestId(), held.tenantId(),
                    new PartReservationConfirmed(held.requestId(), held.jobId(), r.id(), r.productId(), r.quantity(),
                            r.locationId(), held.confirmedAt()));
        }
        if (event instanceof PartReservationAnswer.Rejected no) {
            return EventContracts.one(EventCatalog.PART_RESERVATION_REJECTED, no.requestId(), no.tenantId(),
                    new PartReservationRejected(no.requestId(), no.jobId(), no.productId(), no.quantity(), no.locationId(),
                            no.reason().name(), no.available(), no.detail(), no.rejectedAt()));
        }
        if (!(event instanceof StockLevelChanged level)) {
            return List.of();
        }
        return EventContracts.one(EventCatalog.STOCK_LEVEL_CHANGED, level.levelId(), level.tenantId(),
                new dev.opsuite.events.StockLevelChanged(level.levelId(), level.locationId(), level.locationType(),
                        level.vehicleId(), level.productId(), level.onHand(), level.reserved(), level.available(),
                        level.inTransit(), level.unitCost(), level.currency(),
                        level.movements().stream().map(m -> new dev.opsuite.events.StockLevelChanged.Movement(m.id(),
                                m.kind().name(), m.quantity(), m.reservedChange(), m.inTransitChange(), m.unitCost(),
                                m.value(), m.reason(), m.reference() == null ? null : m.reference().type(),
                                m.reference() == null ? null : m.reference().id())).toList(),
                        level.updatedAt()));
    }
}
