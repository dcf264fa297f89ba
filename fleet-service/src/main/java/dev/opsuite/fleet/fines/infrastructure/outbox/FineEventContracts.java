package dev.opsuite.fleet.fines.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.fleet.fines.domain.FineAttributed;
import dev.opsuite.fleet.fines.domain.FineRecorded;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How fines go out: fine-recorded and fine-attributed on fleet.fine, keyed by the fine. */
@ApplicationScoped
class FineEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof FineRecorded || event instanceof FineAttributed;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof FineRecorded recorded) {
            Fine.Letter l = recorded.letter();
            var envelope = recorded.envelope();
            return EventContracts.one(EventCatalog.FINE_RECORDED, envelope.id(), envelope.tenantId(),
                    new dev.opsuite.events.FineRecorded(envelope.id(), l.vehicleId(), recorded.registrationNumber(),
                            l.committedAt(), l.location(), l.offenseName(), l.offenseDetails(), l.amount(), l.currency(),
                            l.reference(), l.issuingAuthority(), l.receivedOn(), recorded.status().name(),
                            recorded.vehicleExpenseId(), envelope.createdBy(), envelope.createdAt()));
        }
        FineAttributed attributed = (FineAttributed) event;
        Fine.Letter l = attributed.letter();
        Fine.Charge c = attributed.attribution().charge();
        Fine.Bookings b = attributed.bookings();
        return EventContracts.one(EventCatalog.FINE_ATTRIBUTED, attributed.fineId(), attributed.tenantId(),
                new dev.opsuite.events.FineAttributed(attributed.fineId(), l.vehicleId(), l.committedAt(), l.offenseName(),
                        l.amount(), l.currency(), c.driverId(), attributed.employeeNumber(), c.attribution().name(),
                        c.source() == null ? null : c.source().name(), c.sourceId(), c.sourceNumber(),
                        attributed.tripTicketId(), c.orderReference(), b.driverTransactionId(), b.orderCostId(),
                        attributed.attribution().by(), attributed.attribution().at()));
    }
}
