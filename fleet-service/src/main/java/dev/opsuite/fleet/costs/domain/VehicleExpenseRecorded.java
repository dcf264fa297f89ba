package dev.opsuite.fleet.costs.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A cost of a vehicle was booked (by hand, or by a completed service, a fine, a repaired accident): what was booked,
 * on which vehicle (by the registration number people know it by), for which service request if any, by whom and when.
 */
public record VehicleExpenseRecorded(UUID expenseId, String tenantId, String registrationNumber,
        VehicleExpense.Entry expense, UUID serviceRequestId, String recordedBy, Instant recordedAt) implements DomainEvent {
}
