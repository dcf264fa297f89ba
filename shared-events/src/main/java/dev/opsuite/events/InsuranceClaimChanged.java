package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code insurance-claim-changed} v1: an accident's insurance claim was filed (previousStatus null, status
 * PENDING), approved (with the amount), rejected (with the reason) or paid. Key: accidentId.
 */
public record InsuranceClaimChanged(
        UUID accidentId,
        String accidentNumber,
        String claimNumber,
        String insurer,
        String previousStatus,
        String status,
        BigDecimal approvedAmount,
        String currency,
        String rejectReason,
        String changedBy,
        Instant changedAt) {
}
