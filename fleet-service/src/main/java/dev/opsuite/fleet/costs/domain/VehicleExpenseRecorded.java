package dev.opsuite.fleet.costs.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A cost of a vehicle was booked (by hand, or by a completed service, a fine, a repaired accident). */
public record VehicleExpenseRecorded(VehicleExpense expense, String registrationNumber) implements DomainEvent {

    @Override
    public String tenantId() {
        return expense.tenantId();
    }
}
