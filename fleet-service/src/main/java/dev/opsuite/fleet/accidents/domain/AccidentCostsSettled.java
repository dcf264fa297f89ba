package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/** The repair is paid for: the split of its invoice, and what was booked to the order and to the driver (null when nothing). */
public record AccidentCostsSettled(UUID accidentId, String tenantId, String number,
        Accident.Circumstances circumstances, AccidentSettlement settlement, UUID orderCostId, UUID driverTransactionId) implements DomainEvent {
}
