package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code service-request-completed} v1: the work is done; the vehicle is back in use. With a cost,
 * the vehicle expense it was logged as ({@code expenseId}, see {@code vehicle-expense-recorded}).
 * Key: serviceRequestId.
 */
public record ServiceRequestCompleted(
        UUID serviceRequestId,
        String number,
        UUID vehicleId,
        String type,
        String workshop,
        UUID providerId,
        String workDone,
        VatBreakdown cost,
        String invoiceReference,
        UUID expenseId,
        Long odometerKm,
        String completedBy,
        Instant completedAt) {
}
