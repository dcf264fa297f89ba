package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code fine-recorded} v1: a fine letter about a vehicle was recorded; its amount is the vehicle's FINE
 * expense. {@code status} says whether the driving record named the driver at once (ATTRIBUTED, followed
 * by {@code fine-attributed}) or a manager has to (PENDING_ATTRIBUTION). Key: fineId.
 */
public record FineRecorded(
        UUID fineId,
        UUID vehicleId,
        String registrationNumber,
        Instant committedAt,
        String location,
        String offense,
        String offenseDetails,
        BigDecimal amount,
        String currency,
        String reference,
        String issuingAuthority,
        LocalDate receivedOn,
        String status,
        UUID vehicleExpenseId,
        String recordedBy,
        Instant recordedAt) {
}
