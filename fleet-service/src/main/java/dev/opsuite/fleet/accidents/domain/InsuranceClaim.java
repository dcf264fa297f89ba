package dev.opsuite.fleet.accidents.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The insurance claim of an accident: its number (unique per business), insurer, state, and the amount approved. */
public record InsuranceClaim(String claimNumber, String insurer, ClaimStatus status, BigDecimal approvedAmount,
        String currency, String rejectReason, String changedBy, Instant changedAt) {
}
