package dev.opsuite.field.estimates.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The owner's decision on an estimate (seed 002's ApprovalDecision): who, when, what, why, and the total decided on. */
public record ApprovalDecision(String decidedBy, Instant decidedAt, Decision decision, String comment,
        BigDecimal total) {

    public enum Decision {
        APPROVE, REJECT, REQUEST_CHANGES
    }
}
