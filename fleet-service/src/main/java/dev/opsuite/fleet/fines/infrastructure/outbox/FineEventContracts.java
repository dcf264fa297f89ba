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
            Fine f = recorded.fine();
            return EventContracts.one(EventCatalog.FINE_RECORDED, f.id(), f.tenantId(), new dev.opsuite.events.FineRecorded(
                    f.id(), f.vehicleId(), recorded.registrationNumber(), f.committedAt(), f.location(), f.offense(),
                    f.offenseDetails(), f.amount(), f.currency(), f.reference(), f.issuingAuthority(), f.receivedOn(),
                    f.status().name(), f.vehicleExpenseId(), f.createdBy(), f.createdAt()));
        }
        FineAttributed attributed = (FineAttributed) event;
        Fine f = attributed.fine();
        return EventContracts.one(EventCatalog.FINE_ATTRIBUTED, f.id(), f.tenantId(), new dev.opsuite.events.FineAttributed(
                f.id(), f.vehicleId(), f.committedAt(), f.offense(), f.amount(), f.currency(), f.driverId(),
                attributed.employeeNumber(), f.attribution().name(), f.drivingSource() == null ? null : f.drivingSource().name(),
                f.drivingSourceId(), f.drivingSourceNumber(), f.tripTicketId(), f.orderReference(), f.driverTransactionId(),
                f.orderCostId(), f.attributedBy(), f.attributedAt()));
    }
}
