package dev.opsuite.fleet.costs.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.VatBreakdown;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.fleet.costs.domain.VehicleExpenseRecorded;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How vehicle costs go out: vehicle-expense-recorded, keyed by the expense. */
@ApplicationScoped
class CostEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof VehicleExpenseRecorded;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        VehicleExpenseRecorded recorded = (VehicleExpenseRecorded) event;
        VehicleExpense.Entry e = recorded.expense();
        return EventContracts.one(EventCatalog.VEHICLE_EXPENSE_RECORDED, recorded.expenseId(), recorded.tenantId(),
                new dev.opsuite.events.VehicleExpenseRecorded(recorded.expenseId(), e.vehicleId(),
                        recorded.registrationNumber(), e.category().name(), e.description(), e.incurredOn(),
                        breakdown(e.amount()), e.supplier(), e.invoiceReference(), recorded.serviceRequestId(),
                        recorded.recordedBy(), recorded.recordedAt()));
    }

    private static VatBreakdown breakdown(Cost c) {
        return c == null ? null : new VatBreakdown(c.currency(), c.vatMode().name(), c.net(), c.vatRate(), c.vat(), c.gross());
    }
}
