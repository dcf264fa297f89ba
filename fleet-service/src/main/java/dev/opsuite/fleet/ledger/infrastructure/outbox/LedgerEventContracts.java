package dev.opsuite.fleet.ledger.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.DriverTransactionRecorded;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.fleet.ledger.domain.OrderCostRecorded;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How the driver ledger and order costs go out: driver-transaction-recorded keyed by the driver (payroll reads one
 * driver's entries in the order they were booked), order-cost-recorded keyed by the order reference.
 */
@ApplicationScoped
class LedgerEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof DriverTransactionRecorded || event instanceof OrderCostRecorded;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof DriverTransactionRecorded recorded) {
            DriverTransaction t = recorded.transaction();
            DriverTransaction.Entry x = t.entry();
            return EventContracts.one(EventCatalog.DRIVER_TRANSACTION_RECORDED, x.driverId(), t.tenantId(),
                    new dev.opsuite.events.DriverTransactionRecorded(t.id(), x.driverId(), recorded.employeeNumber(),
                            recorded.driverName(), x.kind().name(), x.amount(), x.currency(), t.payPeriod().toString(),
                            t.bookedOn(), x.description(), x.orderReference(), x.sourceType(), x.sourceId(), t.envelope().createdBy(),
                            t.envelope().createdAt()));
        }
        OrderCostRecorded recorded = (OrderCostRecorded) event;
        OrderCost.Entry c = recorded.cost();
        return EventContracts.one(EventCatalog.ORDER_COST_RECORDED, c.orderReference(), recorded.tenantId(),
                new dev.opsuite.events.OrderCostRecorded(recorded.costId(), c.orderReference(), c.kind().name(), c.amount(),
                        c.currency(), c.description(), c.vehicleId(), c.driverId(), c.sourceType(), c.sourceId(),
                        recorded.recordedBy(), recorded.recordedAt()));
    }
}
