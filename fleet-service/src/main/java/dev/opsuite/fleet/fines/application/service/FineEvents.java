package dev.opsuite.fleet.fines.application.service;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.FineAttributed;
import dev.opsuite.events.FineRecorded;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The events of fines (topic fleet.fine, key the fine id), through the outbox in the caller's transaction. */
@ApplicationScoped
class FineEvents {

    private final Outbox outbox;

    FineEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<?> recorded(Fine f, Vehicle vehicle) {
        return outbox.append(EventCatalog.FINE_RECORDED, f.id(), f.tenantId(), new FineRecorded(f.id(), f.vehicleId(),
                vehicle.registrationNumber(), f.committedAt(), f.location(), f.offense(), f.offenseDetails(), f.amount(),
                f.currency(), f.reference(), f.issuingAuthority(), f.receivedOn(), f.status().name(), f.vehicleExpenseId(),
                f.createdBy(), f.createdAt()));
    }

    Uni<?> attributed(Fine f, Driver driver) {
        return outbox.append(EventCatalog.FINE_ATTRIBUTED, f.id(), f.tenantId(), new FineAttributed(f.id(), f.vehicleId(),
                f.committedAt(), f.offense(), f.amount(), f.currency(), f.driverId(), driver.employeeNumber(),
                f.attribution().name(), f.drivingSource() == null ? null : f.drivingSource().name(), f.drivingSourceId(),
                f.drivingSourceNumber(), f.tripTicketId(), f.orderReference(), f.driverTransactionId(), f.orderCostId(),
                f.attributedBy(), f.attributedAt()));
    }
}
