package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code driver-transaction-recorded} v1: an entry of a driver's salary-relevant ledger (the seed's
 * {@code driver_transactions}) was booked, e.g. a fine or an accident deductible recovered from pay.
 * {@code amount} is signed (deductions are negative) in {@code currency}'s minor unit; {@code payPeriod}
 * (YYYY-MM) is the payroll month it falls into. Key: driverId, so one driver's entries stay in order.
 */
public record DriverTransactionRecorded(
        UUID transactionId,
        UUID driverId,
        String employeeNumber,
        String driverName,
        String kind,
        BigDecimal amount,
        String currency,
        String payPeriod,
        LocalDate bookedOn,
        String description,
        String orderReference,
        String sourceType,
        UUID sourceId,
        String recordedBy,
        Instant recordedAt) {
}
