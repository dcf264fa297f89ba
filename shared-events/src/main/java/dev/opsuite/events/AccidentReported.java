package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code accident-reported} v1: a driver's accident was reported; the vehicle went IN_REPAIR in the same
 * transaction (a {@code vehicle-status-changed} follows on fleet.vehicle). Key: accidentId.
 */
public record AccidentReported(
        UUID accidentId,
        String number,
        UUID vehicleId,
        String registrationNumber,
        UUID driverId,
        UUID trailerId,
        String orderReference,
        Instant occurredAt,
        String location,
        String damageDescription,
        BigDecimal estimateAmount,
        String estimateCurrency,
        String policeReportNumber,
        String reportedBy,
        Instant reportedAt) {
}
