package dev.opsuite.fleet.ledger.application.service;

import dev.opsuite.events.DriverTransactionRecorded;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.OrderCostRecorded;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.support.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The events of the driver ledger and order costs, through the outbox (in the caller's transaction). */
@ApplicationScoped
class LedgerEvents {

    private final Outbox outbox;

    LedgerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Keyed by the driver: payroll reads one driver's entries in the order they were booked. */
    Uni<?> transactionRecorded(DriverTransaction t, Driver driver) {
        return outbox.append(EventCatalog.DRIVER_TRANSACTION_RECORDED, t.driverId(), t.tenantId(),
                new DriverTransactionRecorded(t.id(), t.driverId(), driver.employeeNumber(), driver.name(), t.kind().name(),
                        t.amount(), t.currency(), t.payPeriod().toString(), t.bookedOn(), t.description(),
                        t.orderReference(), t.sourceType(), t.sourceId(), t.recordedBy(), t.recordedAt()));
    }

    /** Keyed by the order reference: one order's costs stay in order. */
    Uni<?> orderCostRecorded(OrderCost c) {
        return outbox.append(EventCatalog.ORDER_COST_RECORDED, c.orderReference(), c.tenantId(),
                new OrderCostRecorded(c.id(), c.orderReference(), c.kind().name(), c.amount(), c.currency(),
                        c.description(), c.vehicleId(), c.driverId(), c.sourceType(), c.sourceId(), c.recordedBy(),
                        c.recordedAt()));
    }
}
