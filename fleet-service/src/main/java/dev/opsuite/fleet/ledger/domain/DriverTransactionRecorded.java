package dev.opsuite.fleet.ledger.domain;

import dev.opsuite.support.domain.DomainEvent;

/** An entry was booked in a driver's ledger; payroll knows the driver by employee number and name. */
public record DriverTransactionRecorded(DriverTransaction transaction, String employeeNumber, String driverName)
        implements DomainEvent {

    @Override
    public String tenantId() {
        return transaction.tenantId();
    }
}
