package dev.opsuite.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code vehicle-expense-recorded} v1: a cost of a vehicle (fuel, toll, service, repair, insurance,
 * fine...) was logged, in its own currency with its VAT. A completed service's cost carries the
 * service request. Key: expenseId.
 */
public record VehicleExpenseRecorded(
        UUID expenseId,
        UUID vehicleId,
        String registrationNumber,
        String category,
        String description,
        LocalDate incurredOn,
        VatBreakdown amount,
        String supplier,
        String invoiceReference,
        UUID serviceRequestId,
        String recordedBy,
        Instant recordedAt) {
}
